import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CLEVERTAP_ACCOUNT_ID, DEMO_API_TOKEN, DEMO_APP_ID, DEMO_INTEGRATION_TOKEN, clevertapOrigin } from '../fakes/demo-app';
import { defaultWebhooks } from '../fakes/clevertap';
import { fillTokenFromPopup, saveIntegrationToken } from './support/webhook-token';

const SETTINGS = `${clevertapOrigin()}/${CLEVERTAP_ACCOUNT_ID}/settings/engage/channels/webhooks`;
const section = (page: Page) => page.getByRole('region', { name: 'Sendbird webhook setup' });

test('sets up both Sendbird webhooks; CleverTap’s test POST reaches Sendbird and gets 200', async ({ context, extensionId, saveCredentials, clevertap, sendbird }) => {
  // Two webhooks, each through the assistant, the popup and CleverTap's test request.
  test.slow();
  clevertap.setWebhooks(defaultWebhooks().filter((webhook) => !webhook.name.startsWith('Sendbird')));
  await saveCredentials();
  await saveIntegrationToken(context, extensionId, DEMO_INTEGRATION_TOKEN);
  const page = await context.newPage();
  await page.goto(SETTINGS);
  const setup = section(page);
  await expect(setup).toContainText('Sendbird single');
  await expect(setup.getByRole('button', { name: 'Set up Sendbird single' })).toBeEnabled();
  // Nothing secret on the page before the click.
  expect(await page.content()).not.toContain(DEMO_INTEGRATION_TOKEN);

  for (const kind of ['single', 'multi'] as const) {
    await setup.getByRole('button', { name: `Set up Sendbird ${kind}` }).click();
    const form = page.getByRole('dialog', { name: 'Create webhook template' });
    await expect(form.getByLabel('Name', { exact: true })).toHaveValue(`Sendbird ${kind}`);
    // Everything but the token comes from the page's assistant; the token only from the popup.
    await expect(form.getByLabel('Header 1 value', { exact: true })).toHaveValue('');
    await expect(setup).toContainText('Fill the Sendbird webhook form in this tab');
    const popup = await fillTokenFromPopup(context, extensionId, page);
    await expect(popup.getByRole('status').filter({ hasText: 'Api-token' })).toContainText(`Filled the Api-token header of Sendbird ${kind}`);
    await popup.close();
    await expect(form.getByLabel('Method')).toHaveValue('POST');
    await expect(form.getByLabel('Destination URL')).toHaveValue(
      `https://api-${DEMO_APP_ID.toLowerCase()}.notifications.sendbird.com/clevertap/notifications/${kind}`,
    );
    await expect(form.getByLabel('Header 1 name', { exact: true })).toHaveValue('Api-token');
    await expect(form.getByLabel('Header 1 value', { exact: true })).toHaveValue(DEMO_INTEGRATION_TOKEN);

    // The token is in that one input and nowhere else in the page.
    const holders = await page.evaluate((token) => {
      const inputs = [...document.querySelectorAll('input, textarea')].filter((el) => (el as HTMLInputElement).value.includes(token));
      const texts = [...document.querySelectorAll('body *')].filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.includes(token)));
      return { inputs: inputs.map((el) => el.getAttribute('aria-label') ?? el.id), texts: texts.length };
    }, DEMO_INTEGRATION_TOKEN);
    expect(holders.inputs).toHaveLength(1);
    expect(holders.texts).toBe(0);

    await form.getByRole('button', { name: 'Create' }).click();
    await expect(form).toHaveCount(0);
    await expect(setup.getByRole('button', { name: `Set up Sendbird ${kind}` })).toBeDisabled();
  }
  expect(clevertap.webhooks.map((webhook) => webhook.name)).toEqual(expect.arrayContaining(['Sendbird single', 'Sendbird multi']));
  const tests = clevertap.outbound.filter((request) => request.purpose === 'webhook-test');
  expect(tests.map((request) => request.status)).toEqual([200, 200]);
  expect(sendbird.received.filter((notification) => notification.accepted)).toHaveLength(2);
  expect(await page.content()).not.toContain(DEMO_API_TOKEN);
});

test('existing Sendbird webhooks are detected and never duplicated', async ({ context, saveCredentials }) => {
  await saveCredentials();
  const page = await context.newPage();
  await page.goto(SETTINGS);
  const setup = section(page);
  await expect(setup.getByRole('button', { name: 'Set up Sendbird single' })).toBeDisabled();
  await expect(setup.getByRole('button', { name: 'Set up Sendbird multi' })).toBeDisabled();
  await expect(setup).toContainText('Already in CleverTap');
});

test('without an integration token it fills the rest and points at the empty header value', async ({ context, saveCredentials, clevertap }) => {
  clevertap.setWebhooks([]);
  await saveCredentials();
  const page = await context.newPage();
  await page.goto(SETTINGS);
  await section(page).getByRole('button', { name: 'Set up Sendbird multi' }).click();
  const form = page.getByRole('dialog', { name: 'Create webhook template' });
  await expect(form.getByLabel('Destination URL')).toHaveValue(/\/clevertap\/notifications\/multi$/);
  await expect(form.getByLabel('Header 1 name', { exact: true })).toHaveValue('Api-token');
  await expect(form.getByLabel('Header 1 value', { exact: true })).toHaveValue('');
  await expect(form.getByLabel('Header 1 value', { exact: true })).toBeFocused();
  await expect(section(page)).toContainText('paste the token yourself');
});

test('the assistant appears only on the Webhooks settings page, and the token goes nowhere else', async ({ context, extensionId, saveCredentials }) => {
  await saveCredentials();
  await saveIntegrationToken(context, extensionId, DEMO_INTEGRATION_TOKEN);
  const page = await context.newPage();
  await page.goto(`${clevertapOrigin()}/${CLEVERTAP_ACCOUNT_ID}/campaigns`);
  await expect(page.getByRole('heading', { name: 'Campaigns' })).toBeVisible();
  await expect(page.locator('[data-sendbird-webhook-setup]')).toHaveCount(0);
  expect(await page.content()).not.toContain(DEMO_INTEGRATION_TOKEN);
});

test('the setup assistant follows the CleverTap page, light or dark, whatever the system setting', async ({ context, saveCredentials }) => {
  await saveCredentials();
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(SETTINGS);
  const host = page.locator('[data-sendbird-webhook-setup]');
  await expect(section(page)).toBeVisible();
  await expect(host).toHaveAttribute('data-theme', 'light');
  expect(await section(page).evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(246, 243, 253)');

  // The same page drawn dark (as a dark CleverTap theme would), with the system set to light.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent = 'html, body, body *:not([data-sendbird-webhook-setup]) { background-color: #15151c !important; color: #eee !important; }';
      document.head.append(style);
    });
  });
  await page.reload();
  await expect(section(page)).toBeVisible();
  await expect(host).toHaveAttribute('data-theme', 'dark');
  expect(await section(page).evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(38, 35, 47)');
});
