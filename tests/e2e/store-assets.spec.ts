import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { pngSize } from '../support/png';
import { writeStoreAssets } from '../tools/store-assets';

// `npm run demo -- --store-assets` writes en, ko and ja; one language here keeps the run short
// (languages.spec.ts covers ko and ja on the same surfaces).
test('the store images are written at exactly the sizes the Chrome Web Store asks for', async ({ sendbird, clevertap }, testInfo) => {
  test.setTimeout(120_000);
  const outDir = testInfo.outputPath('store-assets');
  const files = await writeStoreAssets({ sendbirdPort: sendbird.port, clevertapPort: clevertap.port, outDir, languages: ['en'] });
  expect(readdirSync(outDir).sort()).toEqual(['en-options.png', 'en-picker.png', 'en-popup.png', 'promo-tile-440x280.png']);
  expect(files.map((file) => path.basename(file)).sort()).toEqual(readdirSync(outDir).sort());
  for (const name of ['en-options.png', 'en-picker.png', 'en-popup.png']) {
    expect(pngSize(readFileSync(path.join(outDir, name))), name).toEqual({ width: 1280, height: 800 });
  }
  expect(pngSize(readFileSync(path.join(outDir, 'promo-tile-440x280.png')))).toEqual({ width: 440, height: 280 });
});
