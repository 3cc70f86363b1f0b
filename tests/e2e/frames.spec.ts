import { readFileSync } from 'node:fs';
import type { FrameLocator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { campaignsUrl, clevertapOrigin, CLEVERTAP_ACCOUNT_ID } from '../fakes/demo-app';
import { defaultWebhooks } from '../fakes/clevertap';
import { bodyRows, chooseTemplate, picker, useProfileProperty } from './support/clevertap';

// CleverTap hosts its older editors in a same-origin frame of the dashboard shell.
// The sandbox's frame mode does the same (tests/fakes/clevertap/app/frame-mode.ts).
const WELCOME = 'Welcome offer – 15% off first order';
const pageFrame = (page: Page): FrameLocator => page.frameLocator('iframe[title="CleverTap page"]');
const pickersIn = (page: Page) => page.locator('[data-sendbird-picker]');

// Whole marketer flows across frames: long on a loaded 2-core machine.
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ saveCredentials }) => {
  await saveCredentials();
});

async function fillWelcome(region: ReturnType<typeof picker>): Promise<void> {
  await chooseTemplate(region, 'welcom', WELCOME);
  await useProfileProperty(region, 'first_name', 'first_name', 'there');
  await region.getByLabel('coupon_code', { exact: true }).fill('FRAMED');
  await region.getByLabel('Event name').fill('Framed flow');
  await region.getByRole('button', { name: 'Apply to editor' }).click();
  await expect(region).toContainText('Applied');
}

test('campaign editor in a frame: the tile in the shell, the preselect across frames, one picker that applies', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${campaignsUrl()}?frames=editors`);
  await page.getByRole('button', { name: '+ Campaign' }).click();
  await page.getByRole('dialog', { name: 'Messaging Channels' }).getByRole('button', { name: 'Sendbird' }).click();
  await expect(page).toHaveURL(/\/campaigns\/campaign\/new\/webhook$/);

  // The campaign page now lives in the frame: the preselect chosen in the top document reaches it.
  const frame = pageFrame(page);
  await expect(frame.getByLabel('Webhook', { exact: true }).locator('option:checked')).toHaveText('Sendbird multi');
  await frame.getByLabel('Campaign name').fill('Framed campaign');
  await frame.getByRole('button', { name: 'Go To Editor' }).first().click();
  const editor = frame.getByRole('dialog', { name: 'Create Webhook Content' });
  const region = picker(editor);
  await expect(region).toBeVisible();
  await expect(frame.locator('[data-sendbird-picker]')).toHaveCount(1);
  await expect(pickersIn(page)).toHaveCount(0);

  await fillWelcome(region);
  expect(await bodyRows(editor)).toContainEqual(['variables.coupon_code', 'FRAMED']);
});

test('a framed campaign page that navigates on save keeps one picker, which reads the saved payload back', async ({ context, clevertap }) => {
  const page = await context.newPage();
  await page.goto(`${clevertapOrigin()}/${CLEVERTAP_ACCOUNT_ID}/campaigns/campaign/new/webhook?webhook=sendbird-multi&frames=editors`);
  const frame = pageFrame(page);
  await frame.getByLabel('Campaign name').fill('Framed campaign');
  await frame.getByRole('button', { name: 'Go To Editor' }).first().click();
  const editor = frame.getByRole('dialog', { name: 'Create Webhook Content' });
  await fillWelcome(picker(editor));

  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await frame.getByRole('button', { name: 'Publish Campaign' }).click();
  // The frame moved to the saved campaign's URL (pushState inside the frame).
  await expect.poll(() => page.frames().find((f) => f !== page.mainFrame())?.url() ?? '').toMatch(/\/campaigns\/campaign\/\d+\/edit$/);
  expect(clevertap.campaigns).toHaveLength(1);

  await frame.getByRole('button', { name: 'Go To Editor' }).first().click();
  const again = picker(frame.getByRole('dialog', { name: 'Create Webhook Content' }));
  await expect(again.getByRole('combobox', { name: 'Template' })).toHaveValue(WELCOME);
  await expect(again.getByLabel('coupon_code', { exact: true })).toHaveValue('FRAMED');
  await expect(frame.locator('[data-sendbird-picker]')).toHaveCount(1);
});

test("journey editor in a frame: the Webhook node's editor gets one picker that applies", async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${clevertapOrigin()}/${CLEVERTAP_ACCOUNT_ID}/journeys?frames=editors`);
  await page.getByRole('button', { name: '+ Journey' }).click();
  const frame = pageFrame(page);
  await frame.getByLabel('Journey name').fill('Framed journey');
  const node = frame.getByRole('region', { name: 'Journey canvas' }).getByRole('article', { name: 'Webhook' });
  await node.getByLabel('Webhook', { exact: true }).selectOption({ label: 'Sendbird multi' });
  await node.getByRole('button', { name: 'Edit message' }).click();
  const editor = frame.getByRole('dialog', { name: 'Create Webhook Content' });
  const region = picker(editor);
  await expect(region).toBeVisible();
  // The page context (webhook chosen on the node) is read inside the frame too.
  await expect(region).toContainText('Sendbird recommends the "Sendbird single" webhook');
  await chooseTemplate(region, 'apointment', 'Appointment reminder (24 hours before)');
  for (const field of await region.locator('.variable input[id]').all()) await field.fill('v');
  await region.getByLabel('Event name').fill('Reminder sent');
  await region.getByRole('button', { name: 'Apply to editor' }).click();
  await expect(region).toContainText('Applied');
  expect(await bodyRows(editor)).toContainEqual(['template_key', 'appointment_reminder']);
  await expect(frame.locator('[data-sendbird-picker]')).toHaveCount(1);
  await expect(pickersIn(page)).toHaveCount(0);
});

test('every page in a frame: the Sendbird tile and the webhook setup assistant work there', async ({ context, clevertap }) => {
  clevertap.setWebhooks(defaultWebhooks().filter((webhook) => !webhook.name.startsWith('Sendbird')));
  const page = await context.newPage();
  await page.goto(`${campaignsUrl()}?frames=all`);
  const frame = pageFrame(page);
  await frame.getByRole('button', { name: '+ Campaign' }).click();
  const sendbird = frame.getByRole('dialog', { name: 'Messaging Channels' }).getByRole('button', { name: 'Sendbird' });
  await expect(sendbird).toBeVisible();
  await sendbird.click();
  // No Sendbird webhook exists yet: the preselect says so, in the frame.
  await expect(frame.getByRole('status').filter({ hasText: 'No "Sendbird multi" webhook is set up' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const setup = frame.getByRole('region', { name: 'Sendbird webhook setup' });
  await expect(setup).toContainText('Sendbird single');
  await setup.getByRole('button', { name: 'Set up Sendbird single' }).click();
  const form = frame.getByRole('dialog', { name: 'Create webhook template' });
  await expect(form.getByLabel('Name', { exact: true })).toHaveValue('Sendbird single');
  await expect(form.getByLabel('Header 1 name', { exact: true })).toHaveValue('Api-token');
});

const codeEditor = readFileSync(new URL('./dom-variants/code-editor.html', import.meta.url), 'utf8');
const legacyEditor = readFileSync(new URL('./dom-variants/legacy-editor.html', import.meta.url), 'utf8');

/** A string as a script literal that cannot close the <script> it sits in. */
const scriptString = (text: string) => JSON.stringify(text).replace(/<\//g, '<\\/');

/** A dashboard shell that builds its frames with script, after load. */
const shell = `<!doctype html><html><head><meta charset="utf-8"><title>Dashboard shell</title></head><body>
<h1>Dashboard</h1>
<button type="button" id="add-srcdoc">Open srcdoc editor</button>
<button type="button" id="add-blank">Open blank-frame editor</button>
<button type="button" id="add-src">Open framed page</button>
<button type="button" id="add-late-blank">Open late-written blank editor</button>
<script>
  const frame = (title) => Object.assign(document.createElement('iframe'), { title, width: 900, height: 600 });
  document.getElementById('add-srcdoc').onclick = () => {
    const f = frame('srcdoc editor');
    f.srcdoc = ${scriptString(codeEditor)};
    document.body.append(f);
  };
  document.getElementById('add-blank').onclick = () => {
    // An about:blank frame whose document the shell writes itself.
    const f = frame('blank editor');
    document.body.append(f);
    f.contentDocument.open();
    f.contentDocument.write(${scriptString(codeEditor)});
    f.contentDocument.close();
  };
  document.getElementById('add-late-blank').onclick = () => {
    // The shell fetches the editor first: the frame's document is written a moment after the frame was added.
    const f = frame('late blank editor');
    document.body.append(f);
    setTimeout(() => {
      f.contentDocument.open();
      f.contentDocument.write(${scriptString(codeEditor)});
      f.contentDocument.close();
    }, 300);
  };
  document.getElementById('add-src').onclick = () => {
    const f = frame('framed page');
    f.src = 'framed/start';
    document.body.append(f);
  };
</script></body></html>`;

test('frames added after load, about:blank and srcdoc frames, and a frame that navigates each get exactly one working picker', async ({ context }) => {
  const base = `${clevertapOrigin('in1')}/${CLEVERTAP_ACCOUNT_ID}/journeys/journey/5`;
  await context.route(`${base}/shell`, (route) => route.fulfill({ contentType: 'text/html', body: shell }));
  await context.route(`${base}/framed/start`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>start</title><p>Loading the editor…</p>' }));
  await context.route(`${base}/framed/legacy`, (route) => route.fulfill({ contentType: 'text/html', body: legacyEditor }));
  const page = await context.newPage();
  await page.goto(`${base}/shell`);

  for (const title of ['srcdoc editor', 'blank editor']) {
    await page.getByRole('button', { name: title === 'srcdoc editor' ? 'Open srcdoc editor' : 'Open blank-frame editor' }).click();
    const frame = page.frameLocator(`iframe[title="${title}"]`);
    const region = picker(frame.locator('body'));
    await expect(region).toBeVisible();
    await chooseTemplate(region, 'welcome', WELCOME);
    await region.getByLabel('first_name', { exact: true }).fill('Ada');
    await region.getByLabel('coupon_code', { exact: true }).fill(title === 'srcdoc editor' ? 'SRCDOC' : 'BLANK');
    await region.getByLabel('Event name').fill('Framed');
    await region.getByRole('button', { name: 'Apply to editor' }).click();
    await expect(region).toContainText('to the Custom Body');
    await frame.getByRole('button', { name: 'Save' }).click();
    await expect(frame.locator('#saved')).toContainText(title === 'srcdoc editor' ? 'SRCDOC' : 'BLANK');
    await expect(frame.locator('[data-sendbird-picker]')).toHaveCount(1);
  }

  // A frame that starts on another page, then navigates to the editor page.
  await page.getByRole('button', { name: 'Open framed page' }).click();
  await expect(page.frameLocator('iframe[title="framed page"]').getByText('Loading the editor…')).toBeVisible();
  await page.frame({ url: /\/framed\/start$/ })!.goto(`${base}/framed/legacy`);
  const frame = page.frameLocator('iframe[title="framed page"]');
  await frame.getByRole('link', { name: 'Go To Editor' }).click();
  await expect(picker(frame.locator('body'))).toBeVisible();
  await expect(frame.locator('[data-sendbird-picker]')).toHaveCount(1);
  await expect(pickersIn(page)).toHaveCount(0);
});

test('an about:blank frame whose document is written a moment after it was added gets a working picker', async ({ context }) => {
  const base = `${clevertapOrigin('in1')}/${CLEVERTAP_ACCOUNT_ID}/journeys/journey/5`;
  await context.route(`${base}/shell`, (route) => route.fulfill({ contentType: 'text/html', body: shell }));
  const page = await context.newPage();
  await page.goto(`${base}/shell`);
  await page.getByRole('button', { name: 'Open late-written blank editor' }).click();
  const frame = page.frameLocator('iframe[title="late blank editor"]');
  await expect(frame.getByRole('button', { name: 'Save' })).toBeVisible();
  const region = picker(frame.locator('body'));
  await expect(region).toBeVisible();
  await chooseTemplate(region, 'welcome', WELCOME);
  await expect(frame.locator('[data-sendbird-picker]')).toHaveCount(1);
});
