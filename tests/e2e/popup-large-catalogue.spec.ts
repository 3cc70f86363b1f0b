import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { demoApp, generateCatalogue } from '../fakes/sendbird';

const CATALOGUE_SIZE = 5000;

// Speed is measured by `npm run bench`; this test proves the behaviour that makes
// a 5,000-template catalogue usable: a virtual list and search over all of it.
test('popup with a 5,000-template catalogue keeps the list virtual and searches all of it', async ({ sendbird, saveCredentials, openExtensionPage }) => {
  test.setTimeout(120_000);
  const templates = generateCatalogue(CATALOGUE_SIZE) as Record<string, unknown>[];
  const visible = templates.filter((raw) => raw.is_archived !== true).length;
  sendbird.setApp({ ...demoApp(), templates });
  await saveCredentials();

  const popup = await openExtensionPage('src/popup/index.html');
  await popup.setViewportSize({ width: 400, height: 600 });
  const list = popup.getByRole('listbox', { name: 'Templates' });
  const count = popup.locator('.count');
  await expect(count).toHaveText(`${visible.toLocaleString('en-US')} templates`, { timeout: 60_000 });

  // Only the rows in view (plus a few) are in the DOM, and each knows its place.
  expect(await list.getByRole('option').count()).toBeLessThan(30);
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-setsize', String(visible));

  await list.hover();
  for (let step = 0; step < 20; step++) await popup.mouse.wheel(0, 2400);
  // A wheel event is answered before the list has scrolled by it.
  await expect.poll(() => list.evaluate((element) => element.scrollTop)).toBeGreaterThan(20 * 2000);
  expect(await list.getByRole('option').count()).toBeLessThan(30);
  await list.evaluate((element) => (element.scrollTop = element.scrollHeight));
  await expect(list.locator(`[aria-posinset="${visible}"]`)).toBeVisible();

  // Typing with typos still finds templates from anywhere in the catalogue.
  const search = popup.getByRole('searchbox', { name: 'Search templates' });
  await search.pressSequentially('birthday suprise', { delay: 20 });
  await expect(count).toContainText('match');
  await expect(list.getByRole('option').first()).toContainText(/birthday/i);
  expect(await list.getByRole('option').count()).toBeLessThan(30);
});

const isList = (path: string) => path === '/v3/notifications/templates';

/** Every number the popup's count says from now on ("1,234 templates"), in order. */
async function recordCounts(popup: Page): Promise<() => Promise<number[]>> {
  await popup.evaluate(() => {
    const said: number[] = [];
    (window as unknown as { countsSaid: number[] }).countsSaid = said;
    const note = () => {
      const number = Number(document.querySelector('.count')?.textContent?.match(/^[\d,]+/)?.[0].replaceAll(',', ''));
      if (number && number !== said.at(-1)) said.push(number);
    };
    note();
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => popup.evaluate(() => (window as unknown as { countsSaid: number[] }).countsSaid);
}

// A complete catalogue crosses to the popup as its first screen, then in parts: it must not
// replace a longer list the marketer is scrolling (the rows they scrolled to gone, the count dropping).
test('the list keeps its rows and scroll position when the complete catalogue replaces a sync’s pages or a refreshed list', async ({
  sendbird,
  saveCredentials,
  openExtensionPage,
}) => {
  test.setTimeout(120_000);
  const SYNC = { timeout: 60_000 };
  sendbird.setApp({ ...demoApp(), templates: generateCatalogue(1_000) });
  await saveCredentials();
  // Three pages through, then Sendbird rate-limits the sync until the test lifts it.
  sendbird.faults.set({ rateLimited: { count: 40, retryAfterMs: 2_000 }, afterRequests: 3, match: isList });
  const popup = await openExtensionPage('src/popup/index.html');
  await popup.setViewportSize({ width: 400, height: 600 });
  const list = popup.getByRole('listbox', { name: 'Templates' });
  const freshness = popup.getByTestId('freshness');
  await expect(freshness).toContainText(/Loading templates… [\d,]+ so far \(3 pages\)/, SYNC);
  // The progress counts the rows the list shows, as the count line does (archived ones are hidden).
  const soFar = (await freshness.textContent())!.match(/… ([\d,]+) so far/)![1];
  await expect(popup.locator('.count')).toHaveText(`${soFar} templates`);
  const countsSaid = await recordCounts(popup);

  // Scrolled past the first screen (about 100 rows) while the sync's pages are shown.
  await list.hover();
  for (let step = 0; step < 4; step++) await popup.mouse.wheel(0, 2_400);
  await expect.poll(() => list.evaluate((element) => element.scrollTop)).toBe(9_600);
  sendbird.faults.clear();
  await expect(freshness).toContainText('Cached', SYNC);
  expect(await list.evaluate((element) => element.scrollTop)).toBe(9_600);
  const afterSync = await countsSaid();
  expect(afterSync, 'the count only grows while the sync ends').toEqual([...afterSync].sort((a, b) => a - b));

  // A refresh, held after its first page, then let through: the cached list stays until the new one has crossed.
  sendbird.faults.set({ rateLimited: { count: 40, retryAfterMs: 2_000 }, afterRequests: 1, match: isList });
  await popup.getByRole('button', { name: 'Refresh templates' }).click();
  await expect(freshness).toContainText('Refreshing', SYNC);
  await list.hover();
  for (let step = 0; step < 2; step++) await popup.mouse.wheel(0, 2_400);
  await expect.poll(() => list.evaluate((element) => element.scrollTop)).toBe(14_400);
  sendbird.faults.clear();
  await expect(freshness).toContainText('Cached', SYNC);
  await expect(popup.getByRole('button', { name: 'Refresh templates' })).toBeEnabled();
  expect(await list.evaluate((element) => element.scrollTop)).toBe(14_400);
  const said = await countsSaid();
  expect(said.slice(afterSync.length), 'the count stays while the refreshed list crosses').toEqual([]);
});
