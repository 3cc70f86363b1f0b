import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CLEVERTAP_ACCOUNT_ID, DEMO_INTEGRATION_TOKEN, campaignsUrl, clevertapOrigin } from '../fakes/demo-app';

// welcome_offer is a seed template of the Sendbird stand-in; its variables are first_name and coupon_code.
const ROWS: [string, string][] = [
  ['payload_version', '1'],
  ['template_key', 'welcome_offer'],
  ['receiver', '@Profile - SendbirdID'],
  ['event_name', 'Welcome flow'],
  ['variables.first_name', '@Profile - first_name | default:"there"'],
  ['variables.coupon_code', 'SPRING24'],
];

const editorOf = (page: Page) => page.getByRole('dialog', { name: 'Create Webhook Content' });

async function startWebhookCampaign(page: Page): Promise<void> {
  await page.goto(campaignsUrl());
  await expect(page.getByRole('heading', { level: 1, name: 'Campaigns' })).toBeVisible();
  // Dialogs only ever follow a click.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('button', { name: '+ Campaign' }).click();
  const channels = page.getByRole('dialog', { name: 'Messaging Channels' });
  await expect(channels).toBeVisible();
  await expect(channels.getByRole('listitem')).toHaveCount(8);
  await channels.getByRole('button', { name: 'Webhooks', exact: true }).click();
  await expect(page).toHaveURL(`${clevertapOrigin()}/${CLEVERTAP_ACCOUNT_ID}/campaigns/campaign/new/webhook`);
  await expect(channels).toHaveCount(0);
}

async function fillRows(editor: Locator, rows: [string, string][]): Promise<void> {
  for (const [index, [key, value]] of rows.entries()) {
    const n = index + 1;
    if (index > 0) await editor.getByRole('button', { name: '+ Key-Value Pair' }).click();
    await editor.getByLabel(`Key ${n}`, { exact: true }).fill(key);
    const valueInput = editor.getByLabel(`Value ${n}`, { exact: true });
    if (value === '@Profile - SendbirdID') {
      // As a marketer does it: type @ and pick the property from the menu.
      await valueInput.pressSequentially('@');
      const menu = editor.getByRole('listbox', { name: 'Personalization' });
      await expect(menu.getByRole('option')).toContainText(['Identity', 'Name', 'Email', 'SendbirdID', 'first_name', 'City', 'customer type']);
      await menu.getByRole('option', { name: 'SendbirdID' }).click();
      await expect(menu).toHaveCount(0);
      await expect(valueInput).toHaveValue(value);
    } else {
      await valueInput.fill(value);
    }
  }
}

test('a webhook campaign with key-value pairs: test, save, publish, reopen', async ({ plainContext, clevertap, sendbird }) => {
  const page = await plainContext.newPage();
  await startWebhookCampaign(page);

  await page.getByLabel('Campaign name').fill('Welcome offer (batch)');
  await page.getByLabel('Webhook', { exact: true }).selectOption({ label: 'Sendbird multi' });
  await expect(page.getByText('Click Go To Editor to create your message')).toBeVisible();
  await page.getByRole('button', { name: 'Go To Editor' }).click();

  const editor = editorOf(page);
  await expect(editor).toBeVisible();
  await expect(editor).toHaveAttribute('aria-modal', 'true');
  await expect(editor.getByRole('radio', { name: 'JSON' })).toBeChecked();
  await expect(editor.getByRole('radio', { name: 'Profile Variables & custom key value pairs' })).toBeChecked();
  await fillRows(editor, ROWS);

  const preview = editor.getByLabel('Payload preview');
  await expect(preview).toContainText('"receiver": "sb-user-1"');
  await expect(preview).toContainText('"variables.first_name": "Ada"');
  await expect(editor.getByText('Batched request (profiles is an array)')).toBeVisible();

  await editor.getByRole('button', { name: 'Preview and Test' }).click();
  await expect(editor.getByRole('status')).toContainText('Response 200');
  await expect(editor.getByLabel('Response body')).toContainText('queued');

  expect(sendbird.received).toHaveLength(1);
  const [delivery] = sendbird.received;
  expect(delivery).toMatchObject({ endpoint: 'multi', accepted: true });
  expect(delivery?.deliveries).toEqual([
    { templateKey: 'welcome_offer', receiver: 'sb-user-1', eventName: 'Welcome flow', variables: { first_name: 'Ada', coupon_code: 'SPRING24' } },
  ]);
  expect(clevertap.outbound).toHaveLength(1);
  expect(clevertap.outbound[0]).toMatchObject({ purpose: 'preview', method: 'POST', status: 200 });
  expect(clevertap.outbound[0]?.headers).toMatchObject({ 'Api-token': DEMO_INTEGRATION_TOKEN, 'Content-Type': 'application/json' });
  expect(JSON.parse(clevertap.outbound[0]?.body ?? '')).toMatchObject({ profiles: [{ identity: 'user-1', key_values: { receiver: 'sb-user-1' } }] });

  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toHaveCount(0);
  const summary = page.getByRole('group', { name: 'Saved webhook content' });
  await expect(summary).toContainText('JSON');
  await expect(summary).toContainText('Profile Variables & custom key value pairs');
  await expect(summary.getByRole('row')).toHaveCount(ROWS.length + 1);
  for (const [key, value] of ROWS) await expect(summary.getByRole('row', { name: `${key} ${value}` })).toBeVisible();

  await page.getByRole('button', { name: 'Publish Campaign' }).click();
  await expect(page).toHaveURL(/\/campaigns\/campaign\/\d+\/edit$/);
  await expect(page.getByRole('status')).toContainText('Campaign published');
  expect(clevertap.campaigns).toHaveLength(1);
  expect(clevertap.campaigns[0]).toMatchObject({ name: 'Welcome offer (batch)', webhookId: '102' });
  expect(clevertap.campaigns[0]?.content.keyValues).toEqual(ROWS.map(([key, value]) => ({ key, value })));

  await page.reload();
  await expect(page.getByLabel('Webhook', { exact: true })).toHaveValue('102');
  await expect(page.getByLabel('Campaign name')).toHaveValue('Welcome offer (batch)');
  await page.getByRole('button', { name: 'Go To Editor' }).click();
  const reopened = editorOf(page);
  for (const [index, [key, value]] of ROWS.entries()) {
    await expect(reopened.getByLabel(`Key ${index + 1}`, { exact: true })).toHaveValue(key);
    await expect(reopened.getByLabel(`Value ${index + 1}`, { exact: true })).toHaveValue(value);
  }
  await page.keyboard.press('Escape');
  await expect(reopened).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns' }).click();
  const row = page.getByRole('row', { name: /Welcome offer \(batch\)/ });
  await expect(row).toContainText('Sendbird multi');
  await row.getByRole('link').click();
  await expect(page).toHaveURL(/\/campaigns\/campaign\/\d+\/edit$/);
});

test('Custom Body with Liquid is rendered and accepted; modes keep their content', async ({ plainContext, clevertap, sendbird }) => {
  const page = await plainContext.newPage();
  await startWebhookCampaign(page);
  await page.getByLabel('Webhook', { exact: true }).selectOption({ label: 'Sendbird single' });
  await page.getByRole('button', { name: 'Go To Editor' }).click();
  const editor = editorOf(page);
  await editor.getByLabel('Key 1', { exact: true }).fill('marketer_key');

  await editor.getByRole('radio', { name: 'Custom Body' }).check();
  await expect(editor.getByLabel('Key 1', { exact: true })).toHaveCount(0);
  const body = `{
  "payload_version": 1,
  "template_key": "welcome_offer",
  "receiver": "{{ Profile.SendbirdID }}",
  "event_name": "Welcome flow",
  "variables": {
    "first_name": "{{ Profile.first_name | default: 'there' }}",
    "coupon_code": "{{ Profile.coupon | default: "SPRING24" }}"
  }
}`;
  await editor.getByRole('textbox', { name: 'Custom Body' }).fill(body);
  await expect(editor.getByLabel('Payload preview')).toContainText('"receiver": "sb-user-1"');
  await expect(editor.getByText('One request per profile')).toBeVisible();

  // Switching back and forth loses nothing.
  await editor.getByRole('radio', { name: 'Profile Variables & custom key value pairs' }).check();
  await expect(editor.getByLabel('Key 1', { exact: true })).toHaveValue('marketer_key');
  await editor.getByRole('radio', { name: 'Custom Body' }).check();
  await expect(editor.getByRole('textbox', { name: 'Custom Body' })).toHaveValue(body);

  await editor.getByRole('button', { name: 'Preview and Test' }).click();
  await expect(editor.getByRole('status')).toContainText('Response 200');
  expect(sendbird.received[0]).toMatchObject({ endpoint: 'single', accepted: true });
  expect(sendbird.received[0]?.deliveries[0]).toMatchObject({ receiver: 'sb-user-1', variables: { first_name: 'Ada', coupon_code: 'SPRING24' } });
  expect(clevertap.outbound[0]?.body).toContain('"receiver": "sb-user-1"');

  await editor.getByRole('button', { name: 'Save' }).click();
  const summary = page.getByRole('group', { name: 'Saved webhook content' });
  await expect(summary).toContainText('Custom Body');
  await expect(summary.getByLabel('Saved custom body')).toContainText("{{ Profile.first_name | default: 'there' }}");

  // Cancel drops changes.
  await page.getByRole('button', { name: 'Go To Editor' }).click();
  await editor.getByRole('textbox', { name: 'Custom Body' }).fill('{}');
  await editor.getByRole('button', { name: 'Cancel' }).click();
  await expect(editor).toHaveCount(0);
  await expect(summary.getByLabel('Saved custom body')).toContainText('welcome_offer');
});

test('a refused delivery and an unreachable webhook show in the dialog', async ({ plainContext, clevertap }) => {
  const page = await plainContext.newPage();
  await startWebhookCampaign(page);
  await page.getByLabel('Webhook', { exact: true }).selectOption({ label: 'Sendbird multi' });
  await page.getByRole('button', { name: 'Go To Editor' }).click();
  const editor = editorOf(page);
  await editor.getByLabel('Key 1', { exact: true }).fill('template_key');
  await editor.getByLabel('Value 1', { exact: true }).fill('welcome_offer');
  await editor.getByRole('button', { name: 'Preview and Test' }).click();
  await expect(editor.getByRole('status')).toContainText('Response 400');
  await expect(editor.getByLabel('Response body')).toContainText('payload_version is missing');
  await editor.getByRole('button', { name: 'Save' }).click();

  await page.getByLabel('Webhook', { exact: true }).selectOption({ label: 'Slack alerts' });
  await page.getByRole('button', { name: 'Go To Editor' }).click();
  await editor.getByRole('button', { name: 'Preview and Test' }).click();
  await expect(editor.getByRole('status')).toContainText('Request failed: getaddrinfo ENOTFOUND hooks.example.com');
  expect(clevertap.outbound.map((request) => request.status)).toEqual([400, null]);
});

test('scripts drive the controlled inputs with native setters, and the URL can preselect a webhook', async ({ plainContext }) => {
  const page = await plainContext.newPage();
  await page.goto(`${clevertapOrigin()}/${CLEVERTAP_ACCOUNT_ID}/campaigns/campaign/new/webhook?webhook=sendbird-single`);
  const select = page.getByLabel('Webhook', { exact: true });
  await expect(select).toHaveValue('101');

  // What a content script does: set the DOM value natively and dispatch the event React listens to.
  await select.evaluate((element: HTMLSelectElement) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set;
    setter?.call(element, '102');
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await page.getByRole('button', { name: 'Go To Editor' }).click();
  const editor = editorOf(page);
  await expect(editor.getByText('/clevertap/notifications/multi').first()).toBeVisible();

  const setNative = (element: HTMLInputElement, text: string) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(element, text);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  };
  await editor.getByLabel('Key 1', { exact: true }).evaluate(setNative, 'receiver');
  await editor.getByLabel('Value 1', { exact: true }).evaluate(setNative, '@Profile - SendbirdID');
  await expect(editor.getByLabel('Payload preview')).toContainText('"receiver": "sb-user-1"');
  // A whole value set at once is not typing: no personalization menu.
  await expect(editor.getByRole('listbox')).toHaveCount(0);

  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('group', { name: 'Saved webhook content' }).getByRole('row', { name: 'receiver @Profile - SendbirdID' })).toBeVisible();
});

test('live behavior offers event properties; past behavior does not', async ({ plainContext }) => {
  const page = await plainContext.newPage();
  await page.goto(`${clevertapOrigin()}/${CLEVERTAP_ACCOUNT_ID}/campaigns/campaign/new/webhook`);
  await page.getByLabel('Webhook', { exact: true }).selectOption({ label: 'Sendbird multi' });
  await page.getByRole('button', { name: 'Go To Editor' }).click();
  const editor = editorOf(page);
  await editor.getByLabel('Value 1', { exact: true }).pressSequentially('@');
  await expect(editor.getByRole('group', { name: /Event properties/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  // Escape closed the menu only, not the dialog.
  await expect(editor.getByRole('listbox')).toHaveCount(0);
  await expect(editor).toBeVisible();
  await editor.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('radio', { name: 'Live behavior' }).check();
  await expect(page.getByLabel('Qualifying event')).toHaveValue('Charged');
  await page.getByRole('button', { name: 'Go To Editor' }).click();
  await editor.getByLabel('Key 1', { exact: true }).fill('amount');
  await editor.getByLabel('Value 1', { exact: true }).pressSequentially('@Am');
  await editor.getByRole('group', { name: 'Event properties (Charged)' }).getByRole('option', { name: 'Amount' }).click();
  await expect(editor.getByLabel('Value 1', { exact: true })).toHaveValue('@Charged - Amount');
  await expect(editor.getByLabel('Payload preview')).toContainText('"amount": "120"');
});
