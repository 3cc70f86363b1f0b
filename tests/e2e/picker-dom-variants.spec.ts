import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { clevertapOrigin, CLEVERTAP_ACCOUNT_ID } from '../fakes/demo-app';
import { chooseTemplate, fillWelcomeOffer, picker, variableGroup } from './support/clevertap';

const legacyEditor = readFileSync(new URL('./dom-variants/legacy-editor.html', import.meta.url), 'utf8');
const URL_OF_PAGE = `${clevertapOrigin('in1')}/${CLEVERTAP_ACCOUNT_ID}/campaigns/campaign/42/edit`;

// A CleverTap-like page with other markup than the sandbox: the picker must find
// the editor by its labels and structure alone.
test('a differently built editor: no dialog role, tabs, table rows, unlabeled inputs', async ({ context, saveCredentials }) => {
  await saveCredentials();
  await context.route(URL_OF_PAGE, (route) => route.fulfill({ contentType: 'text/html', body: legacyEditor }));
  const page = await context.newPage();
  await page.goto(URL_OF_PAGE);
  await page.getByRole('link', { name: 'Go To Editor' }).click();
  const region = picker(page);
  await expect(region).toBeVisible();
  await expect(region).toHaveCount(1);

  await chooseTemplate(region, 'welcome', 'Welcome offer – 15% off first order');
  await region.getByLabel('first_name', { exact: true }).fill('{{ Profile.first_name | default: "there" }}');
  await region.getByLabel('coupon_code', { exact: true }).fill('LEGACY');
  await region.getByLabel('Event name').fill('Legacy flow');
  await region.getByRole('button', { name: 'Apply to editor' }).click();
  await expect(region).toContainText('The content format was set to JSON');

  const keys = await page.locator('.kv-key').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  const values = await page.locator('.kv-val').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  expect(keys).toEqual(['source', 'payload_version', 'template_key', 'receiver', 'event_name', 'variables.first_name', 'variables.coupon_code']);
  expect(values[5]).toBe('@Profile - first_name | default:"there"');
  // The URL parameter row was not touched.
  await expect(page.locator('.url-params input').first()).toHaveValue('');

  // Custom Body tab, then save through the page: the page's own state saw every change.
  await page.getByRole('tab', { name: 'Custom Body' }).click();
  // A profile value cannot go inside Custom Body's JSON safely (#13): text can.
  await region.getByRole('button', { name: 'Apply to editor' }).click();
  await expect(region).toContainText('Custom Body cannot carry a profile or event value safely');
  await variableGroup(region, 'first_name').getByLabel('Source').selectOption({ label: 'Text' });
  await region.getByLabel('first_name', { exact: true }).fill('Ada');
  await region.getByRole('button', { name: 'Apply to editor' }).click();
  await expect(region).toContainText('Applied "Welcome offer – 15% off first order" to the Custom Body');
  await page.getByRole('button', { name: 'Save' }).click();
  const saved = JSON.parse((await page.locator('#saved').textContent()) ?? '{}') as { mode: string; format: string; rows: { k: string; v: string }[]; body: string };
  expect(saved.mode).toBe('body');
  // The format dropdown was switched from Plain text to JSON, through the page's own control.
  expect(saved.format).toBe('json');
  expect(saved.rows.map((row) => row.k)).toContain('template_key');
  expect(JSON.parse(saved.body)).toMatchObject({ template_key: 'welcome_offer', variables: { coupon_code: 'LEGACY' } });

  // Reopening reads the saved selection back.
  await page.getByRole('link', { name: 'Go To Editor' }).click();
  await expect(picker(page).getByRole('combobox', { name: 'Template' })).toHaveValue('Welcome offer – 15% off first order');
  await expect(picker(page).getByLabel('coupon_code', { exact: true })).toHaveValue('LEGACY');
});

const channelsVariant = readFileSync(new URL('./dom-variants/channels-variant.html', import.meta.url), 'utf8');

test('a differently built channel picker: clickable tiles, no dialog, and a custom webhook dropdown', async ({ context, saveCredentials }) => {
  await saveCredentials();
  const base = `${clevertapOrigin('us1')}/${CLEVERTAP_ACCOUNT_ID}/campaigns`;
  await context.route(`${base}**`, (route) => route.fulfill({ contentType: 'text/html', body: channelsVariant }));
  const page = await context.newPage();
  await page.goto(base);
  await page.getByRole('button', { name: '+ Campaign' }).click();
  const sendbird = page.getByRole('button', { name: 'Sendbird' });
  await expect(sendbird).toBeVisible();
  // Same look as its neighbours: a copy of the Webhooks tile.
  await expect(page.locator('.grid > .tile')).toHaveCount(5);
  await sendbird.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/campaigns\/campaign\/new\/webhook$/);
  await expect(page.locator('#chosen')).toHaveText('Sendbird multi');
});

const unknownEditor = readFileSync(new URL('./dom-variants/unknown-editor.html', import.meta.url), 'utf8');

test('an editor we cannot drive: Apply explains and touches nothing; Copy payload is the way forward', async ({ context, saveCredentials }) => {
  await saveCredentials();
  const url = `${clevertapOrigin('sg1')}/${CLEVERTAP_ACCOUNT_ID}/campaigns/campaign/7/edit`;
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: unknownEditor }));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: clevertapOrigin('sg1') });
  const page = await context.newPage();
  await page.goto(url);
  const region = picker(page);
  await chooseTemplate(region, 'welcome', 'Welcome offer – 15% off first order');
  await region.getByLabel('first_name', { exact: true }).fill('@Profile - first_name');
  await region.getByLabel('coupon_code', { exact: true }).fill('SPRING24');
  await region.getByLabel('Event name').fill('Welcome flow');
  const before = await page.locator('[role="dialog"]').evaluate((dialog) => {
    const clone = dialog.cloneNode(true) as HTMLElement;
    clone.querySelector('[data-sendbird-picker]')?.remove();
    return clone.innerHTML;
  });

  await region.getByRole('button', { name: 'Apply to editor' }).click();
  await expect(region).toContainText('not one we recognise: use Copy payload');
  const after = await page.locator('[role="dialog"]').evaluate((dialog) => {
    const clone = dialog.cloneNode(true) as HTMLElement;
    clone.querySelector('[data-sendbird-picker]')?.remove();
    return clone.innerHTML;
  });
  expect(after).toBe(before);

  await region.getByRole('button', { name: 'Copy payload' }).click();
  await expect(region).toContainText('copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.split('\n')).toEqual([
    'payload_version\t1',
    'template_key\twelcome_offer',
    'receiver\t@Profile - SendbirdID',
    'event_name\tWelcome flow',
    'variables.first_name\t@Profile - first_name',
    'variables.coupon_code\tSPRING24',
  ]);
});

const codeEditor = readFileSync(new URL('./dom-variants/code-editor.html', import.meta.url), 'utf8');

test('a Custom Body drawn as a contenteditable code editor is written through its editing pipeline', async ({ context, saveCredentials }) => {
  await saveCredentials();
  const url = `${clevertapOrigin('aps3')}/${CLEVERTAP_ACCOUNT_ID}/journeys/journey/9/edit`;
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: codeEditor }));
  const page = await context.newPage();
  await page.goto(url);
  const region = picker(page);
  await fillWelcomeOffer(region, { coupon: 'CODE1', eventName: 'Journey step' });
  await region.getByRole('button', { name: 'Apply to editor' }).click();
  await expect(region).toContainText('to the Custom Body');
  await page.getByRole('button', { name: 'Save' }).click();
  const saved = JSON.parse((await page.locator('#saved').textContent()) ?? '') as Record<string, unknown>;
  expect(saved).toEqual({
    payload_version: 1,
    template_key: 'welcome_offer',
    receiver: '{{ Profile.SendbirdID }}',
    event_name: 'Journey step',
    variables: { first_name: 'Ada', coupon_code: 'CODE1' },
  });
});

test('the picker follows the dialog it sits in, light or dark, whatever the system setting', async ({ context, saveCredentials }) => {
  await saveCredentials();
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  const light = `${clevertapOrigin('mec1')}/${CLEVERTAP_ACCOUNT_ID}/journeys/journey/1/edit`;
  const dark = `${clevertapOrigin('mec1')}/${CLEVERTAP_ACCOUNT_ID}/journeys/journey/2/edit`;
  await context.route(light, (route) => route.fulfill({ contentType: 'text/html', body: codeEditor }));
  await context.route(dark, (route) =>
    route.fulfill({ contentType: 'text/html', body: codeEditor.replace('<section role="dialog"', '<section style="background:#15151c;color:#eee" role="dialog"') }),
  );
  await page.goto(light);
  await expect(picker(page)).toBeVisible();
  await expect(page.locator('[data-sendbird-picker]')).toHaveAttribute('data-theme', 'light');
  await page.goto(dark);
  await expect(picker(page)).toBeVisible();
  await expect(page.locator('[data-sendbird-picker]')).toHaveAttribute('data-theme', 'dark');
  const surface = await picker(page).evaluate((region) => getComputedStyle(region).backgroundColor);
  expect(surface).toBe('rgb(38, 35, 47)');
});
