import { expect, type Locator, type Page } from '@playwright/test';
import { campaignsUrl, clevertapOrigin, CLEVERTAP_ACCOUNT_ID } from '../../fakes/demo-app';

/** Flows through the CleverTap sandbox, as a marketer clicks them. */
export const webhookEditor = (page: Page) => page.getByRole('dialog', { name: 'Create Webhook Content' });
export const picker = (scope: Page | Locator) => scope.getByRole('region', { name: 'Sendbird Business Messaging' });

export async function openChannels(page: Page): Promise<Locator> {
  await page.goto(campaignsUrl());
  await page.getByRole('button', { name: '+ Campaign' }).click();
  const channels = page.getByRole('dialog', { name: 'Messaging Channels' });
  await expect(channels).toBeVisible();
  return channels;
}

export async function newWebhookCampaign(page: Page, webhook = 'Sendbird multi'): Promise<void> {
  const channels = await openChannels(page);
  await channels.getByRole('button', { name: 'Webhooks', exact: true }).click();
  await expect(page).toHaveURL(`${clevertapOrigin()}/${CLEVERTAP_ACCOUNT_ID}/campaigns/campaign/new/webhook`);
  await page.getByLabel('Campaign name').fill('Sendbird test campaign');
  await page.getByLabel('Webhook', { exact: true }).selectOption({ label: webhook });
}

export async function openEditor(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Go To Editor' }).first().click();
  const editor = webhookEditor(page);
  await expect(editor).toBeVisible();
  return editor;
}

/** The body's key-value rows as [key, value] pairs, read through the page. */
export async function bodyRows(editor: Locator): Promise<[string, string][]> {
  const list = editor.getByRole('list', { name: 'Key-value pairs' });
  const keys = await list.getByPlaceholder('Key', { exact: true }).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  const values = await list.getByPlaceholder('Value', { exact: true }).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  return keys.map((key, index) => [key, values[index] ?? '']);
}

/** Types a row into the first blank row (the editor starts with one), or a new one. */
export async function addMarketerRow(editor: Locator, key: string, value: string): Promise<void> {
  const rows = await bodyRows(editor);
  let position = rows.findIndex(([k, v]) => !k && !v) + 1;
  if (!position) {
    await editor.getByRole('button', { name: '+ Key-Value Pair' }).click();
    position = rows.length + 1;
  }
  await editor.getByLabel(`Key ${position}`, { exact: true }).fill(key);
  await editor.getByLabel(`Value ${position}`, { exact: true }).fill(value);
}

export async function chooseTemplate(region: Locator, search: string, name: string): Promise<void> {
  const combobox = region.getByRole('combobox', { name: 'Template' });
  await combobox.click();
  await combobox.fill(search);
  await region.getByRole('option', { name }).click();
  await expect(combobox).toHaveValue(name);
}

/** The demo app's welcome template, which most picker flows use. */
export const WELCOME_OFFER = 'Welcome offer – 15% off first order';

/** Chooses the welcome template and fills its form with static text (and the event name). */
export async function fillWelcomeOffer(region: Locator, values: { firstName?: string; coupon?: string; eventName?: string } = {}): Promise<void> {
  await chooseTemplate(region, 'welcome', WELCOME_OFFER);
  await region.getByLabel('first_name', { exact: true }).fill(values.firstName ?? 'Ada');
  await region.getByLabel('coupon_code', { exact: true }).fill(values.coupon ?? 'C1');
  await region.getByLabel('Event name').fill(values.eventName ?? 'evt');
}

export async function useProfileProperty(region: Locator, variable: string, property: string, fallback = ''): Promise<void> {
  const field = region.getByLabel(variable, { exact: true });
  const group = variableGroup(region, variable);
  await group.getByLabel('Source').selectOption({ label: 'Profile property' });
  await field.fill(property);
  if (fallback) await group.getByLabel('Default').fill(fallback);
}

/** The picker's controls for one variable (its source, default and event fields). */
export function variableGroup(region: Locator, variable: string): Locator {
  return region.locator('.variable').filter({ has: region.page().getByLabel(variable, { exact: true }) });
}
