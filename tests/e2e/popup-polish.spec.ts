import { test, expect } from './fixtures';

/**
 * Polish the issue found in screenshots: with a banner the popup still fits Chrome's
 * 600 px popup with one scroll area; the freshness line never says "Stale" beside a
 * list saved just now; offline says the network is down, not "check the App ID".
 */

const POPUP = 'src/popup/index.html';
const SYNC = { timeout: 30_000 };

test('with a failed refresh the popup fits in 600 px, the list is its one scroll area, and it says Not refreshed, not Stale', async ({ sendbird, saveCredentials, openExtensionPage }) => {
  await saveCredentials();
  const popup = await openExtensionPage(POPUP);
  // Chrome's largest popup: 800 × 600; ours is 400 wide.
  await popup.setViewportSize({ width: 400, height: 600 });
  await expect(popup.getByRole('option').first()).toBeVisible(SYNC);

  sendbird.faults.set({ serverErrors: 50 });
  await popup.getByRole('button', { name: 'Refresh templates' }).click();
  await expect(popup.getByRole('alert')).toContainText('Showing the list saved just now', SYNC);

  const freshness = popup.getByTestId('freshness');
  await expect(freshness).toHaveText('Not refreshed saved just now');
  await expect(freshness).not.toContainText('Stale');

  const layout = await popup.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    scrolling: [...document.querySelectorAll<HTMLElement>('*')]
      .filter((element) => element.scrollHeight > element.clientHeight + 1 && ['auto', 'scroll'].includes(getComputedStyle(element).overflowY))
      .map((element) => element.getAttribute('role') ?? element.tagName),
  }));
  expect(layout.height).toBeLessThanOrEqual(600);
  expect(layout.scrolling).toEqual(['listbox']);
  // Nothing is cut off: the last things in the popup are inside it.
  for (const last of [popup.getByRole('button', { name: 'Fill the Sendbird webhook form in this tab' }), popup.getByText('Connected app')]) {
    const box = await last.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(600);
  }
  await expect(popup.getByRole('option').first()).toBeVisible();
});

test('offline, the popup and the options page say the network is down, with the way forward, not the App ID', async ({ context, sendbird, saveCredentials, openExtensionPage }) => {
  await saveCredentials();
  await context.setOffline(true);
  sendbird.faults.set({ resetConnection: 1_000 });

  // Nothing cached yet: the load itself fails.
  const popup = await openExtensionPage(POPUP);
  const alert = popup.getByRole('alert');
  await expect(alert).toContainText('You are offline: this computer’s network connection is down. Reconnect to the internet, then try again.', SYNC);
  await expect(alert).not.toContainText('App ID');
  await expect(alert).not.toContainText('Could not reach');
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Check settings' })).toHaveCount(0);

  const options = await openExtensionPage('src/options/index.html');
  await expect(options.getByLabel('App ID')).not.toHaveValue('');
  await options.getByRole('button', { name: 'Test connection' }).click();
  const status = options.getByRole('status');
  await expect(status).toContainText('You are offline', SYNC);
  await expect(status).not.toContainText('API host');
});
