import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';
import { EXTENSION_DIST } from '../support/chromium';
import { pngSize } from '../support/png';
import { productMarkSvg } from '../../src/shared/ui/product-mark';
import { newWebhookCampaign, openChannels, openEditor, picker } from './support/clevertap';

/**
 * The toolbar and store icons are the product mark at 16, 32, 48 and 128 px, as the
 * built manifest declares them, and the same mark heads the options page, the popup,
 * the picker and the Sendbird tile in CleverTap's Messaging Channels list.
 */

const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIST, 'manifest.json'), 'utf8')) as {
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> };
};

test('the manifest and the toolbar declare 16, 32, 48 and 128 px icons, each the product mark at its size', async ({ context }) => {
  expect(Object.keys(manifest.icons ?? {}).sort()).toEqual(['128', '16', '32', '48']);
  expect(Object.keys(manifest.action?.default_icon ?? {})).toEqual(expect.arrayContaining(['16', '32']));

  const page = await context.newPage();
  const declared = Object.entries({ ...manifest.icons, ...manifest.action?.default_icon });
  for (const [size, file] of declared) {
    const png = readFileSync(path.join(EXTENSION_DIST, file));
    // The PNG's own size (IHDR) is the size the manifest promises.
    expect(pngSize(png), file).toEqual({ width: Number(size), height: Number(size) });
    const difference = await page.evaluate(compareWithMark, {
      png: `data:image/png;base64,${png.toString('base64')}`,
      svg: `data:image/svg+xml,${encodeURIComponent(productMarkSvg(Number(size)))}`,
      size: Number(size),
    });
    // The store icon keeps a transparent margin (Web Store guidelines); the others fill their square.
    expect(difference.mean, `${file} differs from the product mark`).toBeLessThan(4);
  }
});

test('the options page, the popup, the picker and the Sendbird channel tile show the product mark', async ({ context, openExtensionPage, saveCredentials }) => {
  await saveCredentials();
  const options = await openExtensionPage('src/options/index.html');
  await expectMark(options.getByRole('heading', { level: 1 }));

  const popup = await openExtensionPage('src/popup/index.html');
  await expectMark(popup.getByRole('heading', { level: 1 }));

  const page = await context.newPage();
  const channels = await openChannels(page);
  await expectMark(channels.getByRole('button', { name: 'Sendbird' }));

  await newWebhookCampaign(page);
  const region = picker(await openEditor(page));
  await expectMark(region.getByRole('heading', { name: 'Sendbird Business Messaging' }).locator('..'));
});

/** The svg drawn in `scope` has the mark's shapes, attribute for attribute. */
async function expectMark(scope: Locator) {
  const expected = shapesOf(productMarkSvg());
  await expect.poll(() => scope.locator('svg').first().evaluate((svg) => svg.outerHTML).then(shapesOf).catch(() => [])).toEqual(expected);
}

function shapesOf(markup: string): string[] {
  return [...markup.matchAll(/<(rect|circle|path)\b([^>]*?)\/?>/g)].map(([, tag, attributes]) => `${tag} ${[...attributes!.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => `${name}=${value}`).sort().join(' ')}`);
}

/** Mean difference per channel (0-255) between the PNG and the mark drawn now at the icon's drawing size. */
async function compareWithMark({ png, svg, size }: { png: string; svg: string; size: number }) {
  const load = (src: string) =>
    new Promise<HTMLImageElement>((resolve, reject) => {
      const image = new Image();
      image.onload = () => resolve(image);
      image.onerror = () => reject(new Error(`cannot load ${src.slice(0, 40)}`));
      image.src = src;
    });
  const pixels = (image: HTMLImageElement, inset: number) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, inset, inset, size - 2 * inset, size - 2 * inset);
    return context.getImageData(0, 0, size, size).data;
  };
  const inset = size === 128 ? 16 : 0;
  const actual = pixels(await load(png), 0);
  const wanted = pixels(await load(svg), inset);
  let total = 0;
  for (let index = 0; index < actual.length; index++) total += Math.abs(actual[index]! - wanted[index]!);
  return { mean: total / actual.length };
}

