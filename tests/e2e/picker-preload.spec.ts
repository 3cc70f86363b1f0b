/**
 * The picker's file loads when the marketer shows the intent to open the editor
 * (pointer or focus on Go To Editor of a webhook campaign), not with the page, and
 * the picker it then mounts works as one loaded by the dialog.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { newWebhookCampaign, openEditor, picker } from './support/clevertap';
import { clevertapOrigin, CLEVERTAP_ACCOUNT_ID } from '../fakes/demo-app';
import { recordContentScriptMessages } from './support/content-messages';

/** When (Date.now()) each load of the picker's file started, in any frame of the context (its redirect to the static URL is the same load). */
function pickerFileRequests(context: BrowserContext): number[] {
  const seen: number[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'chrome-extension:' && url.pathname.endsWith('/mount-picker.js') && !request.redirectedFrom()) seen.push(Date.now());
  });
  return seen;
}

test.beforeEach(async ({ saveCredentials }) => {
  await saveCredentials();
});

test('pointing at Go To Editor loads the picker before the dialog opens; loading the page and using other controls does not', async ({ context }) => {
  const requests = pickerFileRequests(context);
  const page = await context.newPage();
  await newWebhookCampaign(page);
  // The page and its other controls, pointed at and focused: no picker code.
  await page.getByLabel('Campaign name').hover();
  await page.getByLabel('Webhook', { exact: true }).focus();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const beforeIntent = Date.now();
  expect(requests.filter((at) => at < beforeIntent)).toEqual([]);

  await page.getByRole('button', { name: 'Go To Editor' }).hover();
  await expect.poll(() => requests.length).toBe(1);
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The dialog mounts the file already loaded (no second request), and the picker works.
  const editor = await openEditor(page);
  const region = picker(editor);
  await expect(region.getByRole('combobox', { name: 'Template' })).toBeVisible();
  await region.getByRole('combobox', { name: 'Template' }).click();
  await expect(region.getByRole('option').first()).toBeVisible();
  expect(requests).toHaveLength(1);
});

/** Each templates.list our content script sent: whether it named a held list, and whether the dialog was there yet. */
async function logCatalogueRequests(context: BrowserContext, page: Page): Promise<() => Promise<{ have: boolean; dialogOpen: boolean }[]>> {
  const recorded = await recordContentScriptMessages(context, page);
  return async () =>
    (await recorded()).filter(({ sent }) => sent.type === 'templates.list').map(({ sent, dialogOpen }) => ({ have: Boolean(sent.payload.have), dialogOpen }));
}

test('pointing at Go To Editor asks for the catalogue before the dialog opens, and the picker shows that answer', async ({ context }) => {
  const page = await context.newPage();
  await newWebhookCampaign(page);
  const requests = await logCatalogueRequests(context, page);
  await page.getByLabel('Campaign name').hover();
  expect(await requests()).toEqual([]);

  await page.getByRole('button', { name: 'Go To Editor' }).hover();
  await expect.poll(requests).toEqual([{ have: false, dialogOpen: false }]);
  const editor = await openEditor(page);
  const region = picker(editor);
  await region.getByRole('combobox', { name: 'Template' }).click();
  await expect(region.getByRole('option').first()).toBeVisible();
  // The list came from the request made on intent (or a newer one, if the click came a second later):
  // the opened dialog did not ask for it again. Requests naming a held list follow a sync or a long list's parts.
  expect((await requests()).filter((request) => !request.have)).toEqual(expect.arrayContaining([{ have: false, dialogOpen: false }]));
  expect((await requests()).filter((request) => !request.have && request.dialogOpen)).toEqual([]);
});

test("pointing at a journey's Webhook node Edit message loads the picker and asks for the catalogue before the dialog opens", async ({ context }) => {
  const files = pickerFileRequests(context);
  const page = await context.newPage();
  await page.goto(`${clevertapOrigin()}/${CLEVERTAP_ACCOUNT_ID}/journeys`);
  await page.getByRole('button', { name: '+ Journey' }).click();
  const node = page.getByRole('region', { name: 'Journey canvas' }).getByRole('article', { name: 'Webhook' });
  await node.getByLabel('Webhook', { exact: true }).selectOption({ label: 'Sendbird single' });
  const catalogue = await logCatalogueRequests(context, page);
  // The journey's other controls, pointed at: nothing.
  await page.getByLabel('Journey name').hover();
  await page.getByRole('button', { name: 'Save journey' }).hover();
  expect(files).toEqual([]);
  expect(await catalogue()).toEqual([]);

  // The Webhook node's way into Create Webhook Content (a journey has no Go To Editor).
  await node.getByRole('button', { name: 'Edit message' }).hover();
  await expect.poll(() => files.length).toBe(1);
  await expect.poll(catalogue).toEqual([{ have: false, dialogOpen: false }]);
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await node.getByRole('button', { name: 'Edit message' }).click();
  const region = picker(page.getByRole('dialog', { name: 'Create Webhook Content' }));
  await region.getByRole('combobox', { name: 'Template' }).click();
  await expect(region.getByRole('option').first()).toBeVisible();
  expect(files).toHaveLength(1);
  expect((await catalogue()).filter((request) => !request.have && request.dialogOpen)).toEqual([]);
});

test('focusing Go To Editor from the keyboard loads the picker too', async ({ context }) => {
  const requests = pickerFileRequests(context);
  const page = await context.newPage();
  await newWebhookCampaign(page);
  await page.getByRole('button', { name: 'Go To Editor' }).focus();
  await expect.poll(() => requests.length).toBe(1);
  await page.keyboard.press('Enter');
  await expect(picker(page.getByRole('dialog', { name: 'Create Webhook Content' })).getByRole('combobox', { name: 'Template' })).toBeVisible();
});

/** A campaign page of another channel: a Go To Editor, but no Webhook control. */
async function openOtherChannelCampaign(context: BrowserContext): Promise<Page> {
  const url = `${clevertapOrigin()}/${CLEVERTAP_ACCOUNT_ID}/campaigns/campaign/new/email-stub`;
  await context.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>Email campaign</title><main><h2>What</h2><p>Click Go To Editor to create your message</p><button type="button">Go To Editor</button></main>',
    }),
  );
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

test('Go To Editor on a campaign without a Webhook control loads nothing, until the page shows one', async ({ context }) => {
  const requests = pickerFileRequests(context);
  const page = await openOtherChannelCampaign(context);
  const goToEditor = page.getByRole('button', { name: 'Go To Editor' });
  await goToEditor.hover();
  await goToEditor.focus();
  await page.mouse.move(0, 0);
  const webhookAdded = Date.now();
  // The same page now has a Webhook control: the next pointing loads the picker, and only then.
  await page.evaluate(() => {
    const label = document.createElement('label');
    label.append('Webhook', document.createElement('select'));
    document.querySelector('main')!.prepend(label);
  });
  await goToEditor.hover();
  await expect.poll(() => requests.length).toBe(1);
  expect(requests[0]).toBeGreaterThanOrEqual(webhookAdded);
});
