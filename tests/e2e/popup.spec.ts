import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { demoApp, seedCatalogue } from '../fakes/sendbird';

const POPUP = 'src/popup/index.html';
/** Where the light/dark preview screenshots go (kept after the run; test-results/ is git-ignored). */
const SCREENSHOTS = path.resolve('test-results/popup-previews');

/**
 * The seed catalogue's images live on images.example-cdn.com, which does not
 * exist here. Serve a drawn stand-in for each, so screenshots show images in
 * their real slots: icons as shapes on transparency (so tints show), photos as
 * labelled gradients at the size the file name says.
 */
async function serveImages(context: BrowserContext) {
  const handler = (route: Parameters<Parameters<BrowserContext['route']>[1]>[0]) => {
    const url = new URL(route.request().url());
    return route.fulfill({ status: 200, contentType: 'image/svg+xml', headers: { 'Access-Control-Allow-Origin': '*' }, body: drawImage(url) });
  };
  await context.route('https://images.example-cdn.com/**', handler);
  await context.route('https://placehold.co/**', handler);
}

function drawImage(url: URL): string {
  const file = decodeURIComponent(url.pathname.split('/').pop() ?? 'image');
  const svg = (width: number, height: number, body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`;
  if (url.pathname.includes('/icons/alert')) return svg(48, 48, '<path d="M24 4 46 44H2Z" fill="#000"/><rect x="22" y="17" width="4" height="15" fill="#fff"/><rect x="22" y="35" width="4" height="4" fill="#fff"/>');
  if (url.pathname.includes('/icons/star')) return svg(48, 48, '<path d="m24 5 5.9 12 13.1 1.9-9.5 9.3 2.2 13L24 35l-11.7 6.2 2.2-13L5 18.9 18.1 17Z" fill="none" stroke="#f5a623" stroke-width="3"/>');
  if (url.pathname.includes('badge')) return svg(96, 96, '<circle cx="48" cy="48" r="46" fill="#d4a017"/><circle cx="48" cy="48" r="34" fill="#f7d774"/><text x="48" y="58" font-size="30" text-anchor="middle" font-family="sans-serif" font-weight="700" fill="#7a5a00">G</text>');
  const size = /(\d{2,4})x(\d{2,4})/.exec(url.pathname);
  const width = Number(size?.[1] ?? 800);
  const height = Number(size?.[2] ?? (url.pathname.includes('catalog') ? 800 : 500));
  let hash = 0;
  for (const char of file) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const hue = hash % 360;
  return svg(
    width,
    height,
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},70%,62%)"/><stop offset="1" stop-color="hsl(${(hue + 50) % 360},65%,38%)"/></linearGradient></defs>` +
      `<rect width="100%" height="100%" fill="url(#g)"/><circle cx="${width * 0.78}" cy="${height * 0.3}" r="${Math.min(width, height) * 0.14}" fill="rgba(255,255,255,0.35)"/>` +
      `<text x="50%" y="${height * 0.92}" font-size="${Math.max(14, Math.round(width / 28))}" text-anchor="middle" font-family="sans-serif" fill="rgba(255,255,255,0.9)">${file.replace(/[<&>]/g, '')}</text>`,
  );
}

/** Answers every "Show images from <host>" the preview offers, as a marketer who wants to see them (remembered per host). */
async function showAllImages(preview: Locator) {
  const offer = preview.getByRole('button', { name: /^Show images from / });
  for (let left = await offer.count(); left > 0; left = await offer.count()) {
    await offer.first().click();
    // Count again only once this click's offer is gone: a count taken before the re-render
    // would send the next click after a button that is about to disappear.
    await expect.poll(() => offer.count()).toBeLessThan(left);
  }
}

async function openPopup(openExtensionPage: (pagePath: string) => Promise<Page>) {
  const popup = await openExtensionPage(POPUP);
  await popup.setViewportSize({ width: 400, height: 600 });
  return popup;
}

/** Names as the list shows them: newest updated first (ties by key), archived hidden. */
function seedNamesNewestFirst(): string[] {
  return (seedCatalogue() as Record<string, unknown>[])
    .filter((raw) => raw.is_archived !== true)
    .map((raw) => ({ key: String(raw.key ?? raw.template_key), name: String(raw.name), updatedAt: Number(raw.updated_at) }))
    .sort((a, b) => b.updatedAt - a.updatedAt || a.key.localeCompare(b.key))
    .map((template) => template.name);
}

test.describe('popup template browser', () => {
  test('searches, previews a carousel template and shows an edited variable at once', async ({ context, saveCredentials, openExtensionPage }) => {
    await serveImages(context);
    await saveCredentials();
    const popup = await openPopup(openExtensionPage);

    const list = popup.getByRole('listbox', { name: 'Templates' });
    const count = popup.locator('.count');
    const names = seedNamesNewestFirst();
    await expect(list.getByRole('option').first()).toHaveAccessibleName(new RegExp(`^${escape(names[0]!)}`));
    await expect(count).toHaveText(`${names.length} templates`);
    await expect(popup.getByTestId('freshness')).toContainText('Cached');

    // Archived templates stay hidden until asked for.
    const search = popup.getByRole('searchbox', { name: 'Search templates' });
    await search.pressSequentially('holiday');
    await expect(popup.getByRole('heading', { name: 'No matching templates' })).toBeVisible();
    await popup.getByRole('button', { name: 'Show archived' }).click();
    await expect(list.getByRole('option')).toHaveCount(1);
    await expect(list.getByRole('option')).toContainText('Archived');
    await popup.getByRole('checkbox', { name: /Show archived/ }).uncheck();

    // A typo still finds the carousel, highlighted in name and key.
    await search.fill('');
    await search.pressSequentially('carousle');
    await expect(count).toHaveText(`1 of ${names.length} templates matches “carousle”`);
    const option = list.getByRole('option');
    await expect(option).toHaveCount(1);
    await expect(option.locator('mark')).toHaveText(['carousel', 'carousel']);

    // Keyboard: down into the list, Enter opens.
    await search.press('ArrowDown');
    await expect(list).toBeFocused();
    await popup.keyboard.press('Enter');

    const preview = popup.getByRole('region', { name: /^Preview, / });
    await expect(popup.getByRole('heading', { level: 2, name: 'New arrivals carousel (3 products)' })).toBeVisible();
    const carousel = preview.getByRole('group', { name: 'Carousel with 3 cards' });
    await expect(carousel).toBeVisible();
    const cards = carousel.locator('[data-sbp-type="carouselCard"]');
    await expect(cards).toHaveCount(3);

    // Real layout: cards capped at maxChildWidth (240) and spaced 10 px, as Sendbird draws them.
    const boxes = await cards.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes.map((box) => Math.round(box.width))).toEqual([240, 240, 240]);
    expect(Math.round(boxes[1]!.x - (boxes[0]!.x + boxes[0]!.width))).toBe(10);
    // Product names clamp at two lines (maxTextLines).
    const clamp = await cards.first().locator('.sbp-clamp').first().evaluate((element) => getComputedStyle(element).webkitLineClamp);
    expect(clamp).toBe('2');
    // Its images are on a host other than Sendbird's: shown once the marketer asks (#13), then the https image loads and fills its 180 px slot.
    await expect(cards.first().getByRole('img', { name: 'Image from images.example-cdn.com not shown' })).toBeVisible();
    await preview.getByRole('button', { name: 'Show images from images.example-cdn.com' }).click();
    const image = cards.first().locator('img');
    await expect(image).toHaveJSProperty('complete', true);
    expect(await image.evaluate((element: HTMLImageElement) => [element.naturalWidth > 0, Math.round(element.getBoundingClientRect().height)])).toEqual([true, 180]);

    // Editing a variable shows in the preview at once; emptying it marks it.
    const field = popup.getByLabel('product_1_name');
    await expect(field).toHaveValue('Product 1 name');
    await field.fill('Linen shirt – XL');
    await expect(cards.first()).toContainText('Linen shirt – XL');
    await field.fill('');
    await expect(cards.first().locator('mark.sbp-unfilled')).toHaveText('{product_1_name}');
    await expect(field).toHaveAttribute('data-empty', 'true');

    // Back returns to the filtered list with the same template active.
    await popup.getByRole('button', { name: 'Back to templates' }).click();
    await expect(list).toBeFocused();
    await expect(search).toHaveValue('carousle');
    await expect(list.getByRole('option', { selected: true })).toContainText('New arrivals carousel');
  });

  test('saves light and dark previews of three templates', async ({ context, saveCredentials, openExtensionPage }, testInfo) => {
    await serveImages(context);
    await saveCredentials();
    const popup = await openPopup(openExtensionPage);
    mkdirSync(SCREENSHOTS, { recursive: true });
    const search = popup.getByRole('searchbox', { name: 'Search templates' });

    const colorsOf = async (selector: string) => popup.locator(selector).first().evaluate((element) => getComputedStyle(element).backgroundColor);
    const templates = [
      { key: 'new_arrivals_carousel', check: undefined },
      // Color variables: the card background and alert color switch with the appearance.
      { key: 'payment_failed', check: '[data-sbp-type="template"] > [data-sbp-type="box"]' },
      { key: 'flash_sale_weekend', check: '[data-sbp-type="template"] > [data-sbp-type="box"]' },
    ];
    for (const { key, check } of templates) {
      await search.fill(key);
      await popup.getByRole('listbox', { name: 'Templates' }).getByRole('option').first().click();
      await expect(popup.locator('.detail-key')).toHaveText(key);
      const backgrounds: string[] = [];
      for (const appearance of ['light', 'dark'] as const) {
        await popup.getByRole('radio', { name: appearance === 'light' ? 'Light' : 'Dark' }).check();
        const preview = popup.getByRole('region', { name: `Preview, ${appearance} appearance` });
        await expect(preview).toBeVisible();
        await showAllImages(preview);
        // Every https image has loaded (or fallen back) before the picture is taken.
        await expect
          .poll(() => preview.locator('img').evaluateAll((images) => images.every((image) => (image as HTMLImageElement).complete)))
          .toBe(true);
        if (check) backgrounds.push(await colorsOf(check));
        const file = path.join(SCREENSHOTS, `${key}-${appearance}.png`);
        await preview.screenshot({ path: file, animations: 'disabled' });
        await testInfo.attach(`${key}-${appearance}`, { path: file, contentType: 'image/png' });
      }
      if (check) expect(backgrounds[0]).not.toBe(backgrounds[1]);
      await popup.getByRole('button', { name: 'Back to templates' }).click();
    }
  });

  test('shows why the templates could not be loaded, with a way forward', async ({ context, saveCredentials, openExtensionPage }) => {
    await saveCredentials({ apiToken: 'not-the-right-token-0000000000000000' });
    const popup = await openPopup(openExtensionPage);
    const alert = popup.getByRole('alert');
    await expect(alert).toContainText('Couldn’t load your templates');
    await expect(alert).toContainText('Sendbird rejected the API token');
    const optionsOpened = context.waitForEvent('page');
    await alert.getByRole('button', { name: 'Check settings' }).click();
    await expect(await optionsOpened).toHaveURL(/src\/options\/index\.html/);
  });

  test('renders template text as text and loads no http images', async ({ context, sendbird, saveCredentials, openExtensionPage }) => {
    const requested: string[] = [];
    await context.route('http://images.example-cdn.com/**', (route) => {
      requested.push(route.request().url());
      return route.abort();
    });
    sendbird.setApp({
      ...demoApp(),
      templates: [
        {
          key: 'hostile',
          name: '<img src=x onerror=alert(1)>',
          created_at: 1,
          updated_at: 2,
          ui_template: {
            version: 1,
            body: {
              items: [
                { type: 'text', text: '<b>{first_name}</b><script>document.title="pwned"</script>' },
                { type: 'image', imageUrl: 'http://images.example-cdn.com/plain-http.png' },
                { type: 'mystery', data: 'x' },
              ],
            },
          },
        },
      ],
    });
    await saveCredentials();
    const popup = await openPopup(openExtensionPage);
    const option = popup.getByRole('option');
    await expect(option).toContainText('<img src=x onerror=alert(1)>');
    await option.click();
    const preview = popup.getByRole('region', { name: /^Preview, / });
    await popup.getByLabel('first_name').fill('<i>Ada</i>');
    await expect(preview.locator('[data-sbp-type="text"]')).toHaveText('<b><i>Ada</i></b><script>document.title="pwned"</script>');
    await expect(preview.locator('b, i, script, img')).toHaveCount(0);
    await expect(preview.locator('[data-image-state="blocked"]')).toContainText('only https');
    await expect(preview.locator('[data-sbp-type="unsupported"]')).toContainText('Unsupported component: mystery');
    expect(await popup.title()).not.toBe('pwned');
    expect(requested).toEqual([]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
