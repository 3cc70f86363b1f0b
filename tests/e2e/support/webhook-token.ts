import { expect, type BrowserContext, type Page } from '@playwright/test';
import { DEMO_API_TOKEN, DEMO_APP_ID } from '../../fakes/demo-app';

/** The marketer's way to put the token in: the toolbar popup's button, for the tab they are on. */
export async function fillTokenFromPopup(context: BrowserContext, extensionId: string, tab: Page): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  const button = popup.getByRole('button', { name: 'Fill the Sendbird webhook form in this tab' });
  await expect(button).toBeEnabled();
  // The popup acts on the window's active tab, as the real popup over that tab would. The
  // popup page is then a background tab, where a mouse click waits on frames that a
  // background tab does not paint: the click is dispatched to the button instead.
  await tab.bringToFront();
  await button.dispatchEvent('click');
  return popup;
}

/** Saves the integration token through the options page (with the demo App ID and API token when asked). */
export async function saveIntegrationToken(context: BrowserContext, extensionId: string, token: string, { withCredentials = false } = {}) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  if (withCredentials) {
    await options.getByLabel('App ID').fill(DEMO_APP_ID);
    await options.getByLabel('API token', { exact: true }).fill(DEMO_API_TOKEN);
  }
  await options.getByText('CleverTap webhook setup (optional)').click();
  await options.getByLabel('CleverTap integration token').fill(token);
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).toContainText('Saved');
  await options.close();
}
