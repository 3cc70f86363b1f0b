/**
 * The Chrome Web Store's images, made by driving the real extension headless against
 * the stand-ins (`npm run demo -- --store-assets` runs it): per language, 1280 × 800
 * screenshots of the picker in CleverTap's Create Webhook Content editor with a template
 * chosen and previewed, the popup browsing templates with a preview, and the options page
 * after a successful Test connection; and one 440 × 280 promo tile (the product mark,
 * the extension's name and its description). Each PNG's header is checked for exactly
 * the size the store asks for.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { productMarkSvg } from '../../src/shared/ui/product-mark';
import { extensionIdOf, launchChromium, requireChromium } from '../support/chromium';
import { connectDemoApp } from '../support/demo-credentials';
import { messagesOf, type Messages } from '../support/messages';
import { pngSize } from '../support/png';
import { campaignsUrl } from '../fakes/demo-app';
import { newWebhookCampaign, openEditor, picker } from '../e2e/support/clevertap';

export const SCREENSHOT_SIZE = { width: 1280, height: 800 } as const;
export const PROMO_TILE_SIZE = { width: 440, height: 280 } as const;
export const STORE_LANGUAGES = ['en', 'ko', 'ja'] as const;
/**
 * The demo template each language shows (a search that finds it): one in the language
 * where the demo app has one, and without images from other sites, which the preview
 * rightly leaves out until the marketer allows them.
 */
const SHOWN_TEMPLATE = { en: 'Subscription renews', ko: '주문 배송', ja: 'ご予約確認' } as const;
/** Chrome's largest popup; the popup's own CSS caps it there too. */
const POPUP_SIZE = { width: 400, height: 600 };

export interface StoreAssetsOptions {
  sendbirdPort: number;
  clevertapPort: number;
  outDir: string;
  languages?: readonly string[];
}

/** Writes every image into outDir and returns their paths; throws if one is not its store size. */
export async function writeStoreAssets({ sendbirdPort, clevertapPort, outDir, languages = STORE_LANGUAGES }: StoreAssetsOptions): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const expected = new Map<string, { width: number; height: number }>();
  for (const lang of languages) {
    const context = await launchChromium({ sendbirdPort, clevertapPort, lang, headless: true });
    try {
      for (const file of await screenshotsIn(context, messagesOf(lang), lang, outDir)) expected.set(file, SCREENSHOT_SIZE);
    } finally {
      await context.close();
    }
  }
  expected.set(await writePromoTile(outDir), PROMO_TILE_SIZE);
  for (const [file, size] of expected) {
    const actual = pngSize(readFileSync(file));
    if (actual.width !== size.width || actual.height !== size.height) {
      throw new Error(`${file} is ${actual.width} × ${actual.height}, the store needs ${size.width} × ${size.height}`);
    }
  }
  return [...expected.keys()];
}

async function screenshotsIn(context: BrowserContext, m: Messages, lang: string, outDir: string): Promise<string[]> {
  const file = (name: string) => path.join(outDir, `${lang}-${name}.png`);
  const extensionId = await extensionIdOf(context);
  const shown = SHOWN_TEMPLATE[lang as keyof typeof SHOWN_TEMPLATE] ?? SHOWN_TEMPLATE.en;

  const options = await connectDemoApp(context, extensionId, m);
  await options.setViewportSize(SCREENSHOT_SIZE);
  await options.screenshot({ path: file('options') });

  const page = await context.newPage();
  await page.setViewportSize(SCREENSHOT_SIZE);
  await page.goto(campaignsUrl());
  const dashboard = await page.screenshot();
  await newWebhookCampaign(page, 'Sendbird single');
  const region = picker(await openEditor(page));
  const template = region.getByRole('combobox', { name: m('picker_templateLabel'), exact: true });
  await template.click();
  await template.fill(shown);
  await region.getByRole('option').first().click();
  await region.getByLabel(m('picker_eventName'), { exact: true }).fill('Customer notice');
  await region.getByText(m('picker_preview'), { exact: true }).waitFor();
  await page.screenshot({ path: file('picker') });

  const popup = await context.newPage();
  await popup.setViewportSize(POPUP_SIZE);
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  await popup.getByRole('searchbox', { name: m('popup_searchLabel') }).fill(shown);
  await popup.getByRole('option').first().click();
  await popup.getByRole('group', { name: m('popup_previewAppearance') }).waitFor();
  const box = await popup.locator('.popup').boundingBox();
  const height = Math.min(POPUP_SIZE.height, Math.ceil(box?.height ?? POPUP_SIZE.height));
  const popupShot = await popup.screenshot({ clip: { x: 0, y: 0, width: POPUP_SIZE.width, height } });
  await writeStage(page, dashboard, popupShot, file('popup'));
  return [file('options'), file('picker'), file('popup')];
}

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

/** The popup as it opens under the toolbar, over the (dimmed) CleverTap dashboard. */
async function writeStage(page: Page, dashboard: Buffer, popup: Buffer, file: string): Promise<void> {
  await page.setContent(`<!doctype html>
    <body style="margin:0;width:${SCREENSHOT_SIZE.width}px;height:${SCREENSHOT_SIZE.height}px;overflow:hidden;position:relative">
      <img src="${dataUrl(dashboard)}" style="position:absolute;inset:0;filter:brightness(0.55) blur(1px)" alt="">
      <img src="${dataUrl(popup)}" style="position:absolute;top:12px;right:24px;border-radius:8px;box-shadow:0 12px 40px rgba(0,0,0,.45)" alt="">
    </body>`);
  await page.evaluate(() => Promise.all([...document.images].map((image) => image.decode())));
  await page.screenshot({ path: file });
}

/** The mark, the extension's name and its one-line description, rendered by Chromium. */
async function writePromoTile(outDir: string): Promise<string> {
  const m = messagesOf('en');
  const file = path.join(outDir, 'promo-tile-440x280.png');
  const browser = await chromium.launch({ executablePath: requireChromium() });
  try {
    const page = await browser.newPage({ viewport: PROMO_TILE_SIZE, deviceScaleFactor: 1 });
    await page.setContent(`<!doctype html>
      <body style="margin:0;width:${PROMO_TILE_SIZE.width}px;height:${PROMO_TILE_SIZE.height}px;box-sizing:border-box;padding:30px 32px;
        display:flex;flex-direction:column;justify-content:center;gap:14px;overflow:hidden;
        background:linear-gradient(135deg,#f5effe 0%,#e6d9fb 100%);font-family:system-ui,sans-serif;color:#1d1530">
        <div style="display:flex">${productMarkSvg(72)}</div>
        <div style="font-size:25px;font-weight:700;line-height:1.2">${m('extName')}</div>
        <div style="font-size:15px;line-height:1.35;color:#4a3d63">${m('extDescription')}</div>
      </body>`);
    writeFileSync(file, await page.screenshot());
  } finally {
    await browser.close();
  }
  return file;
}
