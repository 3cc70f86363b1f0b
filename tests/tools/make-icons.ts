/**
 * `npx tsx tests/tools/make-icons.ts` rewrites public/icons/icon-{16,32,48,128}.png
 * from the product mark (src/shared/ui/product-mark.ts), rasterised by Chromium
 * at each size (no image library; the same browser the tests use). The 128 px icon
 * draws the mark at 96 px with 16 px of transparent margin, as the Chrome Web Store's
 * image guidelines ask; the toolbar sizes fill their square.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { productMarkSvg } from '../../src/shared/ui/product-mark';
import { requireChromium } from '../support/chromium';

const ICON_SIZES = [16, 32, 48, 128] as const;
const outDir = path.resolve(import.meta.dirname, '../../public/icons');

const browser = await chromium.launch({ executablePath: requireChromium() });
try {
  mkdirSync(outDir, { recursive: true });
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const margin = size === 128 ? 16 : 0;
    // display:block: an inline <svg> would sit on the text baseline and be cut at the bottom.
    await page.setContent(`<body style="margin:0;padding:${margin}px;background:transparent"><div style="display:flex">${productMarkSvg(size - 2 * margin)}</div></body>`);
    await page.screenshot({ path: path.join(outDir, `icon-${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`Wrote ${ICON_SIZES.map((size) => `icon-${size}.png`).join(', ')} to ${outDir}`);
