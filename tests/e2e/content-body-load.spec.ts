import { cpSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EXTENSION_DIST, launchChromium } from '../support/chromium';
import { messagesOf } from '../support/messages';
import { expectNoAxeViolations } from './support/axe';
import { clevertapOrigin, CLEVERTAP_ACCOUNT_ID } from '../fakes/demo-app';
import { CONTENT_BODY } from '../../content-scripts.config';

/**
 * The declared content script is only a loader: after the page's load it imports the
 * body, where every feature of ours lives (src/content/load-body.ts). Here the built
 * extension is copied and its body file taken away, as a broken install or a file not
 * read would leave it.
 */
const m = messagesOf('en');
const CHANNELS_PAGE = '<!doctype html><title>Campaign</title><div role="dialog"><h2>Messaging Channels</h2><ul><li><button type="button"><span>Webhooks</span></button></li></ul></div>';

let extension: string;
test.beforeEach(() => {
  extension = mkdtempSync(path.join(tmpdir(), 'sendbird-no-body-'));
  cpSync(EXTENSION_DIST, extension, { recursive: true });
});
test.afterEach(() => rmSync(extension, { recursive: true, force: true }));

const bodyFile = () => path.join(extension, CONTENT_BODY.file);
const putAside = () => renameSync(bodyFile(), `${bodyFile()}.aside`);
const putBack = () => renameSync(`${bodyFile()}.aside`, bodyFile());

async function openChannelsPage(context: BrowserContext): Promise<Page> {
  const url = `${clevertapOrigin('in1')}/${CLEVERTAP_ACCOUNT_ID}/campaigns/channels`;
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: CHANNELS_PAGE }));
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

test('a body that cannot be loaded is tried again, then the page says so with Reload page, and is left as it was', async ({ sendbird, clevertap }) => {
  putAside();
  const context = await launchChromium({ sendbirdPort: sendbird.port, clevertapPort: clevertap.port, extensionPath: extension });
  try {
    const page = await openChannelsPage(context);
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('[sendbird] the content script could not load')) warnings.push(message.text());
    });
    const notice = page.getByRole('alert').filter({ hasText: m('notice_startFailed') });
    // Three attempts, 1 s and 4 s apart.
    await expect(notice).toBeVisible({ timeout: 15_000 });
    expect(warnings.length).toBeGreaterThanOrEqual(2);
    await expect(notice.getByRole('button', { name: m('notice_reloadPage') })).toBeVisible();
    await expect(page.locator('[data-sendbird-channel]')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Webhooks' })).toBeVisible();
    await expectNoAxeViolations(page, 'start-failed notice', '[data-sendbird-start-notice]');
    await page.screenshot({ path: test.info().outputPath('start-failed-notice.png') });
    await notice.getByRole('button', { name: m('notice_dismiss') }).click();
    await expect(notice).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test('a body that could not be loaded at first is loaded by a later attempt: the Sendbird tile appears and no notice', async ({ sendbird, clevertap }) => {
  putAside();
  const context = await launchChromium({ sendbirdPort: sendbird.port, clevertapPort: clevertap.port, extensionPath: extension });
  try {
    const url = `${clevertapOrigin('in1')}/${CLEVERTAP_ACCOUNT_ID}/campaigns/channels`;
    await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: CHANNELS_PAGE }));
    const page = await context.newPage();
    const firstFailure = page.waitForEvent('console', {
      predicate: (message) => message.text().includes('[sendbird] the content script could not load (attempt 1)'),
      timeout: 10_000,
    });
    await page.goto(url);
    await firstFailure;
    putBack();
    await expect(page.locator('[data-sendbird-channel]')).toHaveCount(1, { timeout: 10_000 });
    await expect(page.getByRole('alert').filter({ hasText: m('notice_startFailed') })).toHaveCount(0);
  } finally {
    await context.close();
  }
});
