import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { clevertapOrigin, CLEVERTAP_ACCOUNT_ID } from '../fakes/demo-app';
import { chooseTemplate, fillWelcomeOffer, picker } from './support/clevertap';

// A dialog built like a React app (tests/e2e/dom-variants/rerendering-editor.html): events
// caught at the container, rows re-created from the page's own state, Cancel drops the edit.
const rerendering = readFileSync(new URL('./dom-variants/rerendering-editor.html', import.meta.url), 'utf8');
const unknownEditor = readFileSync(new URL('./dom-variants/unknown-editor.html', import.meta.url), 'utf8');
const APPOINTMENT = 'Appointment reminder (24 hours before)';

// Whole marketer flows (credentials, template, apply, save): long on a loaded 2-core machine.
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ saveCredentials }) => {
  await saveCredentials();
});

async function openRerendering(context: BrowserContext, query: string): Promise<Page> {
  const url = `${clevertapOrigin('us1')}/${CLEVERTAP_ACCOUNT_ID}/campaigns/campaign/11/edit`;
  await context.route(`${url}?*`, (route) => route.fulfill({ contentType: 'text/html', body: rerendering }));
  const page = await context.newPage();
  await page.goto(`${url}?${query}`);
  await page.getByRole('button', { name: 'Go To Editor' }).click();
  await expect(picker(page)).toBeVisible();
  return page;
}

/** What the page's own state holds after its Save (the only thing CleverTap would keep). */
async function saveAndRead(page: Page): Promise<[string, string][]> {
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  const saved = JSON.parse((await page.locator('#saved').textContent()) ?? '{}') as { rows: { k: string; v: string }[] };
  return saved.rows.map((row) => [row.k, row.v]);
}

async function fillWelcome(page: Page, coupon = 'SPRING24'): Promise<void> {
  const region = picker(page);
  await fillWelcomeOffer(region, { coupon, eventName: 'Welcome flow' });
}

test('rows re-created inside every input event: Apply writes all six values the page keeps', async ({ context }) => {
  const page = await openRerendering(context, 'rebuild=input');
  await fillWelcome(page);
  await picker(page).getByRole('button', { name: 'Apply to editor' }).click();
  await expect(picker(page)).toContainText('Save in CleverTap to keep it');
  expect(await saveAndRead(page)).toEqual([
    ['utm_source', 'clevertap'],
    ['payload_version', '1'],
    ['template_key', 'welcome_offer'],
    ['receiver', '@Profile - SendbirdID'],
    ['event_name', 'Welcome flow'],
    ['variables.first_name', 'Ada'],
    ['variables.coupon_code', 'SPRING24'],
  ]);
});

test('rows re-created after add and remove: another template replaces every variable row of the first', async ({ context }) => {
  const page = await openRerendering(context, 'rebuild=structure');
  const region = picker(page);
  await fillWelcome(page);
  await region.getByRole('button', { name: 'Apply to editor' }).click();
  await expect(region).toContainText('Applied "Welcome offer');
  await chooseTemplate(region, 'appointment', APPOINTMENT);
  for (const field of await region.locator('.variable input[id]').all()) await field.fill('v');
  await region.getByRole('button', { name: 'Apply to editor' }).click();
  await expect(region).toContainText('Applied "Appointment reminder');
  const saved = await saveAndRead(page);
  expect(saved.map(([key]) => key)).toEqual([
    'utm_source',
    'payload_version',
    'template_key',
    'receiver',
    'event_name',
    'variables.patient_name',
    'variables.doctor_name',
    'variables.appointment_time',
    'variables.clinic_address',
  ]);
  expect(saved).toContainEqual(['template_key', 'appointment_reminder']);
});

test('a page that does not keep what was written: Apply says it failed, puts the editor back, and offers Copy payload', async ({ context }) => {
  // The page keeps only 12 characters of a value: "@Profile - SendbirdID" does not fit.
  const page = await openRerendering(context, 'rebuild=input&maxlength=12');
  const region = picker(page);
  await fillWelcome(page, 'X1');
  await region.getByRole('button', { name: 'Apply to editor' }).click();
  await expect(region.locator('.status')).toContainText('Apply failed');
  await expect(region.locator('.status')).toContainText('put back as it was');
  await expect(region.locator('.status')).not.toContainText('Applied');
  await expect(region.getByRole('button', { name: 'Copy payload' })).toBeVisible();
  await expect(region.getByRole('button', { name: 'Undo' })).toBeDisabled();
  expect(await saveAndRead(page)).toEqual([['utm_source', 'clevertap']]);
});

test('Copy layout report outlines an editor we cannot drive by roles and names, never by values', async ({ context }) => {
  const url = `${clevertapOrigin('sg1')}/${CLEVERTAP_ACCOUNT_ID}/campaigns/campaign/8/edit`;
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: unknownEditor }));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: clevertapOrigin('sg1') });
  const page = await context.newPage();
  await page.goto(url);
  // The marketer's content in controls we do not know.
  await page.locator('[role="dialog"]').evaluate((dialog) => {
    dialog.insertAdjacentHTML(
      'beforeend',
      '<label for="x">Request body</label><input id="x" type="text"><div role="textbox" aria-label="Script" aria-readonly="true">secret free text</div><select aria-label="Kind"><option>Top secret option</option></select>',
    );
    (dialog.querySelector('#x') as HTMLInputElement).value = 'SECRET-VALUE-123';
  });
  const region = picker(page);
  await expect(region).toBeVisible();
  await region.getByRole('button', { name: 'Copy layout report' }).click();
  await expect(region).toContainText('Layout report copied');
  const report = await page.evaluate(() => navigator.clipboard.readText());
  expect(report).toContain('page: campaign');
  expect(report).toContain('dialog: dialog div "Create Webhook Content"');
  expect(report).toContain('textbox input[type=text] "Request body"');
  expect(report).toContain('textbox div "Script"');
  expect(report).toContain('combobox select "Kind" (1 options)');
  expect(report).toMatch(/button button "Save"/);
  for (const secret of ['SECRET-VALUE-123', 'secret free text', 'Top secret option', 'Marketer content', CLEVERTAP_ACCOUNT_ID]) expect(report).not.toContain(secret);
});
