import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import { extensionIdOf, launchChromium, WELCOME_URL_PATTERN, welcomePage } from '../support/chromium';

/**
 * A first install opens the options page with a short welcome, in the browser's
 * language. Restarting the browser opens nothing.
 */

const WELCOME = {
  en: { heading: 'Welcome! Let’s connect your Sendbird app', text: /choose Test connection, then Save/ },
  ko: { heading: '환영합니다! Sendbird 앱을 연결해 보세요', text: /‘연결 테스트’, ‘저장’ 순서로/ },
  ja: { heading: 'ようこそ。Sendbird アプリを接続しましょう', text: /「接続をテスト」、「保存」の順に/ },
} as const;

for (const [lang, welcome] of Object.entries(WELCOME)) {
  test(`a fresh install opens the options page with the welcome (${lang})`, async ({ sendbird, clevertap }) => {
    const context = await launchChromium({ sendbirdPort: sendbird.port, clevertapPort: clevertap.port, lang, welcome: 'keep' });
    try {
      const page = await welcomePage(context);
      const region = page.getByRole('region', { name: welcome.heading });
      await expect(region.getByRole('heading', { name: welcome.heading })).toBeVisible();
      await expect(region).toContainText(welcome.text);
      // The welcome sits on the working options page: the fields are right there.
      await expect(page.locator('#field-appId')).toBeVisible();
      if (lang === 'en') await expectNoAxeViolations(page, 'options welcome');
    } finally {
      await context.close();
    }
  });
}

test('no second welcome after a browser restart', async ({ sendbird, clevertap }) => {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'sb-ct-welcome-'));
  const launch = () => launchChromium({ sendbirdPort: sendbird.port, clevertapPort: clevertap.port, userDataDir, welcome: 'keep' });

  let context = await launch();
  const extensionId = await extensionIdOf(context);
  await (await welcomePage(context)).close();
  await context.close();

  // Restart: same profile. Chrome reports "install" again for an extension named on its
  // command line, as the tests load it; the welcome still shows only once.
  context = await launch();
  try {
    await expectNoWelcome(context, extensionId);
    // A reload (chrome.runtime.reload, reason "update") is covered by the unit test
    // (tests/unit/background/welcome.test.ts): here it unloads the command-line extension
    // for good (its pages then fail with ERR_BLOCKED_BY_CLIENT), so it cannot be driven.
  } finally {
    await context.close();
  }
});

/**
 * Once the extension answers the popup, ask it which of its pages are open: onInstalled
 * runs as the worker starts, before it answers, so a tab it opened exists by then.
 */
async function expectNoWelcome(context: BrowserContext, extensionId: string) {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  await expect(popup.getByRole('button', { name: 'Go to settings' })).toBeVisible();
  const tabs = await popup.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.TAB] })).map((tab) => tab.documentUrl ?? ''));
  expect(tabs.some((url) => url.endsWith('/src/popup/index.html'))).toBe(true);
  expect(tabs.filter((url) => WELCOME_URL_PATTERN.test(url))).toEqual([]);
  expect(context.pages().filter((page) => WELCOME_URL_PATTERN.test(page.url()))).toEqual([]);
  await popup.close();
}
