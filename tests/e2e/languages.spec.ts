import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { extensionIdOf, launchChromium } from '../support/chromium';
import { messagesOf } from '../support/messages';
import { DEMO_API_TOKEN, DEMO_APP_ID } from '../fakes/demo-app';
import { newWebhookCampaign, openEditor, picker } from './support/clevertap';

/** Screenshots a person looks at (kept after the run; test-results/ is git-ignored). */
const SCREENSHOTS = path.resolve('test-results/languages');

async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    const wide = [...document.querySelectorAll<HTMLElement>('body *')].filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.right > root.clientWidth + 1;
    });
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide: wide.slice(0, 5).map((element) => `${element.tagName}.${element.className}`) };
  });
  expect(overflow.wide).toEqual([]);
  expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
}

for (const lang of ['ko', 'ja']) {
  test(`Chromium in ${lang}: the options page, the popup and the picker speak ${lang} and the popup fits 400 × 600`, async ({ sendbird, clevertap }) => {
    test.setTimeout(180_000);
    const m = messagesOf(lang);
    mkdirSync(SCREENSHOTS, { recursive: true });
    const context = await launchChromium({ sendbirdPort: sendbird.port, clevertapPort: clevertap.port, lang });
    try {
      const extensionId = await extensionIdOf(context);
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
      expect(await options.evaluate(() => chrome.i18n.getUILanguage())).toMatch(new RegExp(`^${lang}`));
      // Screen readers pick their voice from lang: every surface says which language it speaks.
      await expect(options.locator('html')).toHaveAttribute('lang', new RegExp(`^${lang}`));
      await expect(options.getByText(m('options_lede'), { exact: false })).toBeVisible();
      await options.getByLabel(m('options_appId'), { exact: true }).fill(DEMO_APP_ID);
      await options.getByLabel(m('options_apiToken'), { exact: true }).fill(DEMO_API_TOKEN);
      await options.getByRole('button', { name: m('options_testConnection') }).click();
      await expect(options.getByRole('status')).toContainText(m('options_templatesAvailable'));
      await options.getByRole('button', { name: m('options_save'), exact: true }).click();
      await expect(options.getByRole('status')).toHaveText(m('options_saved'));
      await options.screenshot({ path: path.join(SCREENSHOTS, `${lang}-options.png`), fullPage: true });

      const popup = await context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
      await expect(popup.getByRole('searchbox', { name: m('popup_searchLabel') })).toBeVisible();
      await expect(popup.locator('html')).toHaveAttribute('lang', new RegExp(`^${lang}`));
      await expect(popup.getByRole('listbox', { name: m('popup_templatesList') })).toBeVisible();
      const count = new RegExp(`^${m('popup_templateCount_other', '\uE000').replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('\uE000', '\\d[\\d,.]*')}$`);
      await expect(popup.getByRole('status').filter({ hasText: count })).toBeVisible();
      await expect(popup.getByRole('button', { name: m('popup_refreshTemplates') })).toBeVisible();
      await expectNoHorizontalOverflow(popup);
      await popup.screenshot({ path: path.join(SCREENSHOTS, `${lang}-popup.png`) });

      await popup.getByRole('searchbox').fill('zzzz-nothing');
      await expect(popup.getByRole('heading', { name: m('popup_noMatchTitle') })).toBeVisible();
      await expectNoHorizontalOverflow(popup);
      await popup.getByRole('button', { name: m('popup_clearSearch') }).click();
      await popup.getByRole('option').first().click();
      await expect(popup.getByRole('button', { name: m('popup_backToTemplates') })).toBeVisible();
      await expect(popup.getByRole('group', { name: m('popup_previewAppearance') })).toBeVisible();
      await expectNoHorizontalOverflow(popup);
      await popup.screenshot({ path: path.join(SCREENSHOTS, `${lang}-popup-detail.png`) });

      // The picker in CleverTap's (English) webhook editor speaks the browser's language.
      const page = await context.newPage();
      await newWebhookCampaign(page);
      const editor = await openEditor(page);
      const region = picker(editor);
      const combobox = region.getByRole('combobox', { name: m('picker_templateLabel'), exact: true });
      await expect(combobox).toHaveAttribute('placeholder', m('picker_searchPlaceholder'));
      expect(await combobox.evaluate((element) => element.closest('[lang]')?.getAttribute('lang'))).toMatch(new RegExp(`^${lang}`));
      await expect(region).toContainText(m('picker_writesKeyValue'));
      await combobox.click();
      await combobox.fill('welcome');
      await region.getByRole('option').first().click();
      await expect(region.getByText(m('picker_preview'), { exact: true })).toBeVisible();
      await expect(region.getByRole('combobox', { name: m('picker_sourceLabel') }).first()).toBeVisible();
      await expect(region.getByLabel(m('picker_receiver'), { exact: true })).toHaveValue('SendbirdID');
      await region.getByRole('button', { name: m('picker_apply') }).click();
      const invalid = await region.locator('[aria-invalid="true"]').count();
      expect(invalid).toBeGreaterThan(0);
      const first = region.locator('[aria-invalid="true"]').first();
      await expect(first).toBeFocused();
      const firstLabel = await first.evaluate((field) => (field as HTMLInputElement).labels?.[0]?.textContent ?? '');
      await expect(region.getByText(m(invalid === 1 ? 'picker_fixFields_one' : 'picker_fixFields_other', String(invalid), firstLabel))).toBeVisible();
      await expect(region.getByText(m('picker_eventNameMissing'))).toBeVisible();
      await expect(region.getByRole('button', { name: m('picker_undo'), exact: true })).toBeDisabled();
      await expect(region.getByRole('button', { name: m('picker_copyPayload') })).toBeVisible();
      await editor.screenshot({ path: path.join(SCREENSHOTS, `${lang}-picker.png`) });

      // The extension is updated under the open tab: the orphaned page says so in the same language.
      // (after evaluate returns: the reload closes the options page under it)
      await options.evaluate(() => {
        setTimeout(() => chrome.runtime.reload(), 0);
      });
      const notice = page.getByRole('alert').filter({ hasText: m('notice_reloadText') });
      await expect(notice).toBeVisible({ timeout: 15_000 });
      await expect(notice.getByRole('button', { name: m('notice_reloadPage') })).toBeVisible();
      await expect(notice.getByRole('button', { name: m('notice_dismiss') })).toBeVisible();
    } finally {
      await context.close();
    }
  });
}
