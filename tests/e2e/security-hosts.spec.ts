import { test, expect } from './fixtures';
import { CLEVERTAP_ACCOUNT_ID, DEMO_API_TOKEN } from '../fakes/demo-app';
import { picker, webhookEditor } from './support/clevertap';
import { serveSandboxAt } from './support/attacker';

/**
 * Attack: a page on a CleverTap subdomain that is not one of the allowlisted
 * dashboard regions (a takeover, a staging host, a customer-controlled page)
 * looks exactly like the dashboard. Our content script runs there (the manifest
 * matches *.dashboard.clevertap.com), but the background must answer it nothing
 * privileged: no catalogue, no Sendbird request made on its behalf.
 */
const ATTACKER_HOST = 'attacker.dashboard.clevertap.com';

test('a non-allowlisted dashboard subdomain gets no catalogue and makes no Sendbird request', async ({ context, saveCredentials, clevertap, sendbird }) => {
  await saveCredentials();
  await serveSandboxAt(context, clevertap.port, ATTACKER_HOST);
  const page = await context.newPage();
  await page.goto(`https://${ATTACKER_HOST}/${CLEVERTAP_ACCOUNT_ID}/campaigns`);
  await page.getByRole('button', { name: '+ Campaign' }).click();
  await page.getByRole('dialog', { name: 'Messaging Channels' }).getByRole('button', { name: 'Webhooks', exact: true }).click();
  await page.getByLabel('Campaign name').fill('Attack');
  await page.getByLabel('Webhook', { exact: true }).selectOption({ label: 'Sendbird multi' });
  await page.getByRole('button', { name: 'Go To Editor' }).first().click();
  const region = picker(webhookEditor(page));

  // The picker appears (the loader runs on every dashboard subdomain) and says it may not ask.
  await expect(region).toContainText('may not ask', { timeout: 15_000 });

  // What a page script can read from our open shadow root: nothing from the catalogue.
  const seen = await page.evaluate(() => {
    const texts: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) { texts.push(element.shadowRoot.textContent ?? ''); walk(element.shadowRoot); }
    };
    walk(document);
    return texts.join('\n');
  });
  expect(seen).not.toMatch(/Welcome offer|templates/);
  expect(seen).not.toContain(DEMO_API_TOKEN);
  expect(sendbird.requests.filter((request) => request.path.includes('/templates'))).toEqual([]);
});
