import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CLEVERTAP_ACCOUNT_ID, DEMO_INTEGRATION_TOKEN, clevertapOrigin } from '../fakes/demo-app';
import { defaultWebhooks } from '../fakes/clevertap';
import { serveSandboxAt, whereIsSecret } from './support/attacker';
import { fillTokenFromPopup, saveIntegrationToken } from './support/webhook-token';

/**
 * The CleverTap integration token against a hostile page (issue #13, item 1). Each
 * attack is what a script in the dashboard page can do: click our open shadow root's
 * buttons, lay it transparent under a decoy for a real click, or fake the Webhooks
 * page with pushState. None may release the token; only the marketer's click in the
 * toolbar popup does, and only into a trusted CleverTap dashboard.
 */
const SETTINGS = `${clevertapOrigin()}/${CLEVERTAP_ACCOUNT_ID}/settings/engage/channels/webhooks`;
const form = (page: Page) => page.getByRole('dialog', { name: 'Create webhook template' });

// Each test drives three extension and dashboard pages (options, dashboard, popup).
test.slow();

test.beforeEach(async ({ context, extensionId, clevertap }) => {
  clevertap.setWebhooks(defaultWebhooks().filter((webhook) => !webhook.name.startsWith('Sendbird')));
  await saveIntegrationToken(context, extensionId, DEMO_INTEGRATION_TOKEN, { withCredentials: true });
});

test('a page script clicking "Set up Sendbird multi" (click(), isTrusted false) does not get the token', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SETTINGS);
  await expect(page.getByRole('button', { name: 'Set up Sendbird multi' })).toBeEnabled();
  // The attacker: open our shadow root, click our button, read the header input.
  await page.evaluate(() => {
    const host = document.querySelector('[data-sendbird-webhook-setup]');
    const button = [...(host?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Set up Sendbird multi');
    button?.click();
  });
  await expect(form(page).getByLabel('Name', { exact: true })).toHaveValue('Sendbird multi');
  await expect(form(page).getByLabel('Header 1 name', { exact: true })).toHaveValue('Api-token');
  expect(await whereIsSecret(page, DEMO_INTEGRATION_TOKEN)).toEqual([]);
});

test('clickjacking: a real click on a decoy over the transparent assistant does not release the token', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SETTINGS);
  await expect(page.getByRole('button', { name: 'Set up Sendbird multi' })).toBeEnabled();
  // The attacker makes the assistant invisible, puts it on top, and shows a decoy underneath.
  const target = await page.evaluate(() => {
    const decoy = document.createElement('button');
    decoy.textContent = 'Claim your free credits';
    decoy.style.cssText = 'position:fixed;left:0;top:0;width:600px;height:400px;z-index:2147483646';
    document.body.append(decoy);
    const host = document.querySelector<HTMLElement>('[data-sendbird-webhook-setup]')!;
    host.style.cssText = 'position:fixed;left:0;top:0;width:600px;opacity:0;z-index:2147483647';
    const button = [...host.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Set up Sendbird multi')!;
    const box = button.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
  // The marketer clicks the decoy: a trusted click, landing on our invisible button.
  await page.mouse.click(target.x, target.y);
  await expect(form(page).getByLabel('Name', { exact: true })).toHaveValue('Sendbird multi');
  await expect(form(page).getByLabel('Header 1 name', { exact: true })).toHaveValue('Api-token');
  expect(await whereIsSecret(page, DEMO_INTEGRATION_TOKEN)).toEqual([]);
});

test('a fake Webhooks page (pushState from Campaigns) with a fake "+ Add Webhook" form does not get the token', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${clevertapOrigin()}/${CLEVERTAP_ACCOUNT_ID}/campaigns`);
  await expect(page.getByRole('heading', { name: 'Campaigns' })).toBeVisible();
  await page.evaluate((account) => {
    history.pushState({}, '', `/${account}/settings/engage/channels/webhooks`);
    const fake = document.createElement('section');
    fake.innerHTML = `
      <div><button type="button">+ Add Webhook</button></div>
      <div role="dialog" aria-label="Create webhook template">
        <h2>Create webhook template</h2>
        <label>Name <input id="fake-name"></label>
        <label>Method <select><option>POST</option><option>GET</option></select></label>
        <label>Destination URL <input id="fake-url"></label>
        <label><input type="radio" name="auth"> No authentication</label>
        <div class="headers"><div class="row"><input aria-label="Header key"><input aria-label="Header value" id="fake-value"></div><button type="button">+ Key-Value Pair</button></div>
      </div>`;
    document.body.append(fake);
  }, CLEVERTAP_ACCOUNT_ID);
  const setUp = page.getByRole('button', { name: 'Set up Sendbird multi' });
  await expect(setUp).toBeEnabled();
  await page.evaluate(() => {
    const host = document.querySelector('[data-sendbird-webhook-setup]');
    [...(host?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Set up Sendbird multi')?.click();
  });
  // Whatever the assistant did with the fake form, it has finished when its status settles.
  await expect(page.getByRole('region', { name: 'Sendbird webhook setup' }).locator('.status')).not.toHaveText(/^$|Filling/);
  expect(await whereIsSecret(page, DEMO_INTEGRATION_TOKEN)).toEqual([]);
});

test('a non-allowlisted dashboard subdomain gets no token, even from the popup', async ({ context, clevertap, extensionId }) => {
  const host = 'attacker.dashboard.clevertap.com';
  await serveSandboxAt(context, clevertap.port, host);
  const page = await context.newPage();
  await page.goto(`https://${host}/${CLEVERTAP_ACCOUNT_ID}/settings/engage/channels/webhooks`);
  await page.getByRole('button', { name: '+ Add Webhook' }).click();
  await form(page).getByLabel('Name', { exact: true }).fill('Sendbird multi');
  const popup = await fillTokenFromPopup(context, extensionId, page);
  await expect(popup.getByRole('status').filter({ hasText: /token/ })).toContainText('not a CleverTap dashboard the extension trusts');
  expect(await whereIsSecret(page, DEMO_INTEGRATION_TOKEN)).toEqual([]);
});

test('the marketer\'s click in the toolbar popup fills the token into the open form, and only there', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(SETTINGS);
  await page.getByRole('button', { name: 'Set up Sendbird single' }).click();
  await expect(form(page).getByLabel('Header 1 value', { exact: true })).toBeFocused();
  await expect(form(page).getByLabel('Header 1 value', { exact: true })).toHaveValue('');
  const popup = await fillTokenFromPopup(context, extensionId, page);
  await expect(popup.getByRole('status').filter({ hasText: /Api-token/ })).toContainText('Filled the Api-token header of Sendbird single');
  await expect(form(page).getByLabel('Header 1 value', { exact: true })).toHaveValue(DEMO_INTEGRATION_TOKEN);
  // The page holds it in that one input (CleverTap stores it as the header) and nowhere else.
  expect(await whereIsSecret(page, DEMO_INTEGRATION_TOKEN)).toHaveLength(1);
  expect(await popup.content()).not.toContain(DEMO_INTEGRATION_TOKEN);
});

test('the popup says what to open when the tab has no webhook form', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${clevertapOrigin()}/${CLEVERTAP_ACCOUNT_ID}/campaigns`);
  await expect(page.getByRole('heading', { name: 'Campaigns' })).toBeVisible();
  const popup = await fillTokenFromPopup(context, extensionId, page);
  await expect(popup.getByRole('status').filter({ hasText: /form/ })).toContainText('No Create webhook template form is open in this tab');
});
