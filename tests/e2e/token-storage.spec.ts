import { test, expect } from './fixtures';
import { evaluateInContentScript } from '../support/isolated-world';
import { DEMO_API_TOKEN, campaignsUrl } from '../fakes/demo-app';
import pkg from '../../package.json' with { type: 'json' };

test('the content script cannot read the saved token from extension storage', async ({ context, saveCredentials }) => {
  await saveCredentials();
  const page = await context.newPage();
  await page.goto(campaignsUrl());

  const seen = await evaluateInContentScript(
    context,
    page,
    pkg.displayName,
    `Promise.allSettled([chrome.storage.local.get(null), chrome.storage.session.get(null)])
       .then((results) => JSON.stringify(results.map((r) => r.status === 'fulfilled' ? r.value : 'refused: ' + r.reason.message)))`,
  );
  expect(typeof seen).toBe('string');
  expect(seen).not.toContain(DEMO_API_TOKEN);
  expect(JSON.parse(seen as string)).toEqual([expect.stringMatching(/^refused/), expect.stringMatching(/^refused/)]);
});
