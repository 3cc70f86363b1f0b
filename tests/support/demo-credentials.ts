import type { BrowserContext, Page } from '@playwright/test';
import { DEMO_API_TOKEN, DEMO_APP_ID } from '../fakes/demo-app';
import { messagesOf, type Messages } from './messages';

/**
 * Saves the demo app's credentials through the options page and tests the connection,
 * as a marketer would, in the browser's language (m). Returns the options page, which
 * then says it is connected and templates are available.
 */
export async function connectDemoApp(context: BrowserContext, extensionId: string, m: Messages = messagesOf('en')): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await options.getByLabel(m('options_appId'), { exact: true }).fill(DEMO_APP_ID);
  await options.getByLabel(m('options_apiToken'), { exact: true }).fill(DEMO_API_TOKEN);
  await options.getByRole('button', { name: m('options_save'), exact: true }).click();
  await options.getByRole('status').filter({ hasText: m('options_saved') }).waitFor();
  await options.getByRole('button', { name: m('options_testConnection') }).click();
  await options.getByRole('status').filter({ hasText: m('options_templatesAvailable') }).waitFor();
  return options;
}
