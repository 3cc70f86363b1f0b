import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures';
import { launchChromium, extensionIdOf } from '../support/chromium';
import { DEMO_API_TOKEN, DEMO_APP_ID } from '../fakes/demo-app';

const OPTIONS = 'src/options/index.html';

test.describe('options page', () => {
  test('saves credentials, reloads them into the form, and clears them', async ({ openExtensionPage }) => {
    const page = await openExtensionPage(OPTIONS);
    await page.getByLabel('App ID').fill(DEMO_APP_ID);
    await page.getByLabel('API token', { exact: true }).fill(DEMO_API_TOKEN);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status')).toContainText('Saved');

    await page.reload();
    await expect(page.getByLabel('App ID')).toHaveValue(DEMO_APP_ID);
    await expect(page.getByLabel('API token', { exact: true })).toHaveValue(DEMO_API_TOKEN);
    await expect(page.getByLabel('API token', { exact: true })).toHaveAttribute('type', 'password');

    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page.getByLabel('API token', { exact: true })).toHaveAttribute('type', 'text');
    await page.getByRole('button', { name: 'Hide' }).click();
    await expect(page.getByLabel('API token', { exact: true })).toHaveAttribute('type', 'password');

    // Clear asks first, says what goes, and Cancel keeps it all.
    await page.getByRole('button', { name: 'Clear' }).click();
    const question = page.getByRole('group', { name: /Remove the App ID, the API token, the API host, the CleverTap integration token and the saved template list/ });
    await expect(question).toBeFocused();
    await question.getByRole('button', { name: 'Cancel' }).click();
    await expect(question).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Clear' })).toBeFocused();
    await expect(page.getByLabel('App ID')).toHaveValue(DEMO_APP_ID);
    await page.getByRole('button', { name: 'Clear' }).click();
    await question.getByRole('button', { name: 'Remove all' }).click();
    await expect(page.getByRole('status')).toContainText('Cleared');
    // The answer hands the focus to Clear, which keeps it while it clears (a disabled button dropped it to <body>).
    await expect(page.getByRole('button', { name: 'Clear' })).toBeFocused();
    await expect(page.getByLabel('App ID')).toHaveValue('');
    await page.reload();
    await expect(page.getByLabel('App ID')).toHaveValue('');
    await expect(page.getByLabel('API token', { exact: true })).toHaveValue('');
  });

  test('saved credentials survive a browser restart', async ({ sendbird, clevertap }) => {
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'sb-ct-restart-'));
    const ports = { sendbirdPort: sendbird.port, clevertapPort: clevertap.port, userDataDir };
    let context = await launchChromium(ports);
    const extensionId = await extensionIdOf(context);
    let page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${OPTIONS}`);
    await page.getByLabel('App ID').fill(DEMO_APP_ID);
    await page.getByLabel('API token', { exact: true }).fill(DEMO_API_TOKEN);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status')).toContainText('Saved');
    await context.close();

    context = await launchChromium(ports);
    page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${OPTIONS}`);
    await expect(page.getByLabel('App ID')).toHaveValue(DEMO_APP_ID);
    await expect(page.getByLabel('API token', { exact: true })).toHaveValue(DEMO_API_TOKEN);
    await context.close();
  });

  test('Test connection reports Connected for the values in the form, saved or not', async ({ openExtensionPage, sendbird }) => {
    const page = await openExtensionPage(OPTIONS);
    await page.getByLabel('App ID').fill(DEMO_APP_ID);
    await page.getByLabel('API token', { exact: true }).fill(DEMO_API_TOKEN);
    // By keyboard: the button keeps the focus while it tests and after (a disabled button dropped it to <body>).
    await page.getByRole('button', { name: 'Test connection' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toContainText('Connected');
    await expect(page.getByRole('status')).toContainText(`api-${DEMO_APP_ID.toLowerCase()}.sendbird.com`);
    await expect(page.getByRole('button', { name: 'Test connection' })).toBeFocused();

    const calls = sendbird.requests.filter((request) => request.path === '/v3/notifications/templates');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.host).toBe(`api-${DEMO_APP_ID.toLowerCase()}.sendbird.com`);
    // Nothing was saved by testing.
    await page.reload();
    await expect(page.getByLabel('App ID')).toHaveValue('');
  });

  test('Test connection uses a custom API host from Advanced', async ({ openExtensionPage, sendbird }) => {
    const page = await openExtensionPage(OPTIONS);
    await page.getByLabel('App ID').fill(DEMO_APP_ID);
    await page.getByLabel('API token', { exact: true }).fill(DEMO_API_TOKEN);
    await page.getByRole('button', { name: 'Advanced' }).click();
    await page.getByLabel('API host').fill(`https://api-${DEMO_APP_ID}.sendbird.com/`);
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(page.getByRole('status')).toContainText('Connected');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status')).toContainText('Saved');
    await page.reload();
    await expect(page.getByLabel('API host')).toHaveValue(`https://api-${DEMO_APP_ID.toLowerCase()}.sendbird.com`);
    expect(sendbird.requests.length).toBeGreaterThan(0);
  });

  const failures = [
    {
      name: 'a rejected token is reported as the API token',
      token: 'wrong-token-1234',
      expected: /API token/,
    },
    {
      name: 'an unknown app is reported as the App ID',
      appId: '00000000-0000-4000-8000-000000000000',
      expected: /App ID/,
    },
    {
      name: 'an unreachable network is reported as unreachable',
      fault: { resetConnection: 1 },
      expected: /Could not reach|network/i,
    },
    {
      name: 'rate limiting is reported as such',
      fault: { rateLimited: { count: 1, retryAfterMs: 2000 } },
      expected: /rate limiting/i,
    },
  ] as const;

  for (const failure of failures) {
    test(`Test connection: ${failure.name}`, async ({ openExtensionPage, sendbird }) => {
      if ('fault' in failure) sendbird.faults.set(failure.fault);
      const page = await openExtensionPage(OPTIONS);
      const token = 'token' in failure ? failure.token : DEMO_API_TOKEN;
      await page.getByLabel('App ID').fill('appId' in failure ? failure.appId : DEMO_APP_ID);
      await page.getByLabel('API token', { exact: true }).fill(token);
      await page.getByRole('button', { name: 'Test connection' }).click();
      const status = page.getByRole('status');
      await expect(status).toHaveText(failure.expected);
      await expect(status).not.toContainText('Connected');
      expect(await status.textContent()).not.toContain(token);
    });
  }

  test('invalid input is explained next to the field and nothing is sent', async ({ openExtensionPage, sendbird }) => {
    const page = await openExtensionPage(OPTIONS);
    await page.getByLabel('App ID').fill('my app');
    await page.getByLabel('API token', { exact: true }).fill(DEMO_API_TOKEN);
    await page.getByRole('button', { name: 'Advanced' }).click();
    await page.getByLabel('API host').fill('http://api.example.com');
    await page.getByRole('button', { name: 'Test connection' }).click();

    await expect(page.getByLabel('App ID')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('App ID')).toHaveAccessibleDescription(/looks like/);
    await expect(page.getByLabel('API host')).toHaveAccessibleDescription(/https/);
    await expect(page.getByLabel('App ID')).toBeFocused();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.reload();
    await expect(page.getByLabel('App ID')).toHaveValue('');
    expect(sendbird.requests).toHaveLength(0);
  });
});

test.describe('popup', () => {
  test('without settings it offers Go to Settings, which opens the options page', async ({ openExtensionPage, context }) => {
    const popup = await openExtensionPage('src/popup/index.html');
    const optionsOpened = context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Go to Settings' }).click();
    const options = await optionsOpened;
    await expect(options).toHaveURL(/src\/options\/index\.html/);
    await expect(options.getByLabel('App ID')).toBeVisible();
  });

  test('with settings saved it no longer asks to set up', async ({ saveCredentials, openExtensionPage }) => {
    await saveCredentials();
    const popup = await openExtensionPage('src/popup/index.html');
    await expect(popup.getByText(DEMO_APP_ID)).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Go to Settings' })).toHaveCount(0);
  });
});
