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
  expect(await list.evaluate((element) => element.scrollTop)).toBeGreaterThan(20 * 2000);
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
