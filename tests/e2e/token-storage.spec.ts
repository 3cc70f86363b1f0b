import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium, extensionIdOf } from '../support/chromium';
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

test('after a browser restart, storage is refused to the content script before any extension page opens', async ({ sendbird, clevertap }) => {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'sb-ct-restart-storage-'));
  const ports = { sendbirdPort: sendbird.port, clevertapPort: clevertap.port, userDataDir };
  let context = await launchChromium(ports);
  const id = await extensionIdOf(context);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/src/options/index.html`);
  await options.getByLabel('App ID').fill('9DA1B1F4-0BE6-4DA8-82C5-2E81DAB56F23');
  await options.getByLabel('API token', { exact: true }).fill(DEMO_API_TOKEN);
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).toContainText('Saved');
  await context.close();

  context = await launchChromium(ports);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(campaignsUrl());
  const seen = await evaluateInContentScript(
    context,
    page,
    pkg.displayName,
    `chrome.storage.local.get(null).then((v) => JSON.stringify(v), (e) => 'refused: ' + e.message)`,
  );
  expect(seen).toMatch(/^refused/);
  await context.close();
});
