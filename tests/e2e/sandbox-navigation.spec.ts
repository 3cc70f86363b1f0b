import https from 'node:https';
import { test, expect } from './fixtures';
import { CLEVERTAP_ACCOUNT_ID, campaignsUrl, clevertapOrigin } from '../fakes/demo-app';
import { REGIONS } from '../fakes/clevertap';

test('the SPA navigates with pushState and follows back and forward', async ({ plainContext }) => {
  const page = await plainContext.newPage();
  await page.goto(campaignsUrl());
  // Survives only if no navigation reloads the document.
  await page.evaluate(() => Object.assign(window, { sandboxMarker: 'still here' }));
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Campaigns' })).toHaveAttribute('aria-current', 'page');

  await nav.getByRole('link', { name: 'Journeys' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journeys' })).toBeVisible();
  await nav.getByRole('link', { name: 'Settings' }).click();
  await expect(page).toHaveURL(`${clevertapOrigin()}/${CLEVERTAP_ACCOUNT_ID}/settings/engage/channels/webhooks`);
  await expect(page.getByRole('heading', { level: 1, name: 'Webhooks' })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\/journeys$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Journeys' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Campaigns' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Journeys' })).toBeVisible();
  await nav.getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome back, Ada' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Campaigns' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Campaigns' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { sandboxMarker?: string }).sandboxMarker)).toBe('still here');

  // The channel picker, then back to the list with the browser's Back.
  await page.getByRole('button', { name: '+ Campaign' }).click();
  await page.getByRole('dialog', { name: 'Messaging Channels' }).getByRole('button', { name: 'Email' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New Email campaign' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Campaigns' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('login, home, unknown routes and other regions', async ({ plainContext }) => {
  const page = await plainContext.newPage();
  await page.goto(`${clevertapOrigin()}/login.html#/`);
  await page.getByLabel('Password').fill('hunter2');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(`${clevertapOrigin()}/${CLEVERTAP_ACCOUNT_ID}/main`);

  await page.goto(`${clevertapOrigin()}/${CLEVERTAP_ACCOUNT_ID}/no/such/page`);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.goto(`${clevertapOrigin()}/OTHER-ACCOUNT/campaigns`);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.goto(`${clevertapOrigin()}/${CLEVERTAP_ACCOUNT_ID}/campaigns/campaign/999/edit`);
  await expect(page.getByRole('heading', { level: 1, name: 'Campaign not found' })).toBeVisible();

  await page.goto(campaignsUrl('us1'));
  await expect(page.getByRole('heading', { level: 1, name: 'Campaigns' })).toBeVisible();
  await expect(page.getByText('US1', { exact: true })).toBeVisible();
});

test('only dashboard hosts are served, and missing assets are 404s', async ({ clevertap }) => {
  const get = (host: string, path: string) =>
    new Promise<number>((resolve, reject) => {
      https
        .get({ host: '127.0.0.1', port: clevertap.port, path, servername: host, headers: { Host: host }, rejectUnauthorized: false }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        })
        .on('error', reject);
    });
  for (const region of REGIONS) expect(await get(`${region}.dashboard.clevertap.com`, `/${CLEVERTAP_ACCOUNT_ID}/campaigns`)).toBe(200);
  expect(await get('evil.example.com', '/')).toBe(421);
  expect(await get('eu1.dashboard.clevertap.com', '/assets/missing.js')).toBe(404);
  expect(await get('eu1.dashboard.clevertap.com', '/api/nothing')).toBe(404);
});
