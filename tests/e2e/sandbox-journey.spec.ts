import { test, expect } from './fixtures';
import { CLEVERTAP_ACCOUNT_ID, clevertapOrigin } from '../fakes/demo-app';

const ROWS: [string, string][] = [
  ['payload_version', '1'],
  ['template_key', 'welcome_offer'],
  ['receiver', '@Profile - SendbirdID'],
  ['event_name', 'Journey welcome'],
  ['variables.first_name', '@Profile - first_name'],
  ['variables.coupon_code', 'JOURNEY10'],
];

test("a journey's Webhook node edits its message in Create Webhook Content and saves", async ({ plainContext, clevertap, sendbird }) => {
  const page = await plainContext.newPage();
  await page.goto(`${clevertapOrigin()}/${CLEVERTAP_ACCOUNT_ID}/journeys`);
  await expect(page.getByRole('heading', { level: 1, name: 'Journeys' })).toBeVisible();
  await page.getByRole('button', { name: '+ Journey' }).click();
  await expect(page).toHaveURL(/\/journeys\/journey\/new$/);

  const canvas = page.getByRole('region', { name: 'Journey canvas' });
  await expect(canvas.getByRole('heading', { name: 'Entry: Qualified users' })).toBeVisible();
  await expect(canvas.getByRole('heading', { name: 'End' })).toBeVisible();
  const node = canvas.getByRole('article', { name: 'Webhook' });
  await expect(node).toContainText('Recommended for journeys: Sendbird single');
  await node.getByLabel('Webhook', { exact: true }).selectOption({ label: 'Sendbird single' });
  await page.getByLabel('Journey name').fill('Welcome journey');

  await node.getByRole('button', { name: 'Edit message' }).click();
  const editor = page.getByRole('dialog', { name: 'Create Webhook Content' });
  await expect(editor).toBeVisible();
  for (const [index, [key, value]] of ROWS.entries()) {
    if (index > 0) await editor.getByRole('button', { name: '+ Key-Value Pair' }).click();
    await editor.getByLabel(`Key ${index + 1}`, { exact: true }).fill(key);
    await editor.getByLabel(`Value ${index + 1}`, { exact: true }).fill(value);
  }
  await expect(editor.getByText('/clevertap/notifications/single').first()).toBeVisible();
  await editor.getByRole('button', { name: 'Preview and Test' }).click();
  await expect(editor.getByRole('status')).toContainText('Response 200');
  expect(sendbird.received[0]).toMatchObject({ endpoint: 'single', accepted: true });
  expect(sendbird.received[0]?.deliveries[0]).toMatchObject({ receiver: 'sb-user-1', eventName: 'Journey welcome' });
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toHaveCount(0);

  await expect(node).toContainText('Message: 6 key-value pairs');
  const panel = page.getByRole('group', { name: 'Webhook node content' });
  for (const [key, value] of ROWS) await expect(panel.getByRole('row', { name: `${key} ${value}` })).toBeVisible();

  await page.getByRole('button', { name: 'Save journey' }).click();
  await expect(page).toHaveURL(/\/journeys\/journey\/\d+\/edit$/);
  await expect(page.getByRole('status')).toContainText('Journey saved');
  expect(clevertap.journeys).toHaveLength(1);
  expect(clevertap.journeys[0]).toMatchObject({ name: 'Welcome journey', webhookNode: { webhookId: '101' } });
  expect(clevertap.journeys[0]?.webhookNode.content?.keyValues).toEqual(ROWS.map(([key, value]) => ({ key, value })));

  await page.reload();
  await expect(page.getByRole('group', { name: 'Webhook node content' }).getByRole('row', { name: 'template_key welcome_offer' })).toBeVisible();
  await page.getByRole('button', { name: 'Edit message' }).click();
  await expect(editor.getByLabel('Value 6', { exact: true })).toHaveValue('JOURNEY10');
  await editor.getByRole('button', { name: 'Close' }).click();
  await expect(editor).toHaveCount(0);

  await page.getByRole('link', { name: 'Journeys' }).first().click();
  await expect(page.getByRole('row', { name: /Welcome journey/ })).toContainText('Sendbird single');
});
