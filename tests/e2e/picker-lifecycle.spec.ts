import { test, expect } from './fixtures';
import { CLEVERTAP_ACCOUNT_ID, DEMO_API_TOKEN, clevertapOrigin, campaignsUrl } from '../fakes/demo-app';
import { chooseTemplate, newWebhookCampaign, openEditor, picker, webhookEditor } from './support/clevertap';
import { recordContentScriptMessages } from './support/content-messages';
import { evaluateInContentScript } from '../support/isolated-world';
import pkg from '../../package.json' with { type: 'json' };

test.beforeEach(async ({ saveCredentials }) => {
  await saveCredentials();
});

test('SPA navigation back and forth leaves exactly one picker, and closing the dialog removes it', async ({ context }) => {
  const page = await context.newPage();
  await newWebhookCampaign(page);
  for (let round = 0; round < 3; round++) {
    const editor = await openEditor(page);
    await expect(picker(editor)).toHaveCount(1);
    await expect(page.locator('[data-sendbird-picker]')).toHaveCount(1);
    await editor.getByRole('button', { name: 'Cancel' }).click();
    await expect(webhookEditor(page)).toHaveCount(0);
    await expect(page.locator('[data-sendbird-picker]')).toHaveCount(0);
    await page.getByRole('link', { name: 'Journeys' }).first().click();
    await expect(page).toHaveURL(/\/journeys$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/campaign\/new\/webhook$/);
  }
  await page.goto(`${clevertapOrigin()}/${CLEVERTAP_ACCOUNT_ID}/journeys/journey/new`);
  await page.getByRole('button', { name: 'Edit message' }).click();
  await expect(page.locator('[data-sendbird-picker]')).toHaveCount(1);
});

test('an unrecognised page is left untouched', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${clevertapOrigin()}/${CLEVERTAP_ACCOUNT_ID}/main`);
  // The page itself fills its counts from the sandbox API after load: let it settle first, so
  // only a change made by the extension can tell the two snapshots apart.
  await page.waitForLoadState('networkidle');
  const before = await page.locator('body').innerHTML();
  await page.waitForTimeout(1_000);
  expect(await page.locator('body').innerHTML()).toBe(before);
  await expect(page.locator('[data-sendbird-ui]')).toHaveCount(0);
});

test('when the extension is reloaded under an open tab, the old picker goes and the marketer is told to reload', async ({ context, serviceWorker }) => {
  const page = await context.newPage();
  await newWebhookCampaign(page);
  const editor = await openEditor(page);
  await chooseTemplate(picker(editor), 'welcome', 'Welcome offer – 15% off first order');
  await serviceWorker.evaluate(() => chrome.runtime.reload());
  await expect(page.getByRole('alert')).toContainText('Reload this page');
  await expect(page.locator('[data-sendbird-picker]')).toHaveCount(0);
  // The marketer's dialog is still there, untouched.
  await expect(webhookEditor(page)).toBeVisible();
});

test('the page and every message the content script receives never hold the API token', async ({ context }) => {
  const page = await context.newPage();
  await newWebhookCampaign(page);
  // Record every reply the background sends to our content script, inside its own world.
  const recorded = await recordContentScriptMessages(context, page);
  const editor = await openEditor(page);
  const region = picker(editor);
  await chooseTemplate(region, 'welcome', 'Welcome offer – 15% off first order');
  await region.getByRole('button', { name: 'Refresh' }).click();
  await expect(region).toContainText('templates');
  await region.getByLabel('first_name', { exact: true }).fill('Ada');

  const messages = (await recorded()).map(({ sent, reply }) => JSON.stringify({ sent, reply }));
  expect(messages.length).toBeGreaterThanOrEqual(3);
  expect(messages.join('\n')).toContain('welcome_offer');
  expect(messages.join('\n')).not.toContain(DEMO_API_TOKEN);

  // Nor does the page: its DOM, our shadow root, its storage.
  const everything = await page.evaluate(() => {
    const host = document.querySelector('[data-sendbird-picker]');
    return [document.documentElement.outerHTML, host?.shadowRoot?.innerHTML ?? '', JSON.stringify(localStorage), JSON.stringify(sessionStorage), document.cookie].join('\n');
  });
  expect(everything).not.toContain(DEMO_API_TOKEN);
});

test('a content script asking for credentials is refused', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(campaignsUrl());
  const replies = await evaluateInContentScript(
    context,
    page,
    pkg.displayName,
    `Promise.all(['settings.get', 'connection.test', 'settings.save', 'settings.clear'].map((type) =>
       chrome.runtime.sendMessage({ type, payload: type === 'settings.get' || type === 'settings.clear' ? {} : { appId: 'x', apiToken: 'y', apiHost: '' } })))
       .then((r) => JSON.stringify(r))`,
  );
  const parsed = JSON.parse(replies as string) as { ok: boolean; failure?: { kind: string } }[];
  expect(parsed.map((reply) => reply.failure?.kind)).toEqual(['rejected', 'rejected', 'rejected', 'rejected']);
  expect(replies).not.toContain(DEMO_API_TOKEN);
});
