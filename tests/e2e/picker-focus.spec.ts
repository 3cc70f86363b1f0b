import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';
import { chooseTemplate, fillWelcomeOffer, newWebhookCampaign, openEditor, picker } from './support/clevertap';

/** Keyboard and screen-reader users: focus never falls to <body>, questions take the focus. */

test.beforeEach(async ({ saveCredentials }) => {
  await saveCredentials();
});

/** The element that has the focus, through the picker's shadow root: never <body>. */
async function focusedName(region: Locator): Promise<string> {
  return region.page().evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active ? `${active.tagName.toLowerCase()}:${active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 40) ?? ''}` : 'none';
  });
}

test('Apply with invalid fields focuses the first one, in view, and the status names it', async ({ context }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 600 });
  await newWebhookCampaign(page);
  const editor = await openEditor(page);
  const region = picker(editor);
  await chooseTemplate(region, 'welcome', 'Welcome offer – 15% off first order');
  await region.getByRole('button', { name: 'Apply to editor' }).click();
  const first = region.getByLabel('first_name', { exact: true });
  await expect(first).toBeFocused();
  await expect(first).toBeInViewport();
  await expect(first).toHaveAttribute('aria-invalid', 'true');
  const invalid = await region.locator('[aria-invalid="true"]').count();
  await expect(region.getByText(`${invalid} fields to fix, marked in red, starting with “first_name”, which has the focus.`)).toBeVisible();

  // Fixed in order, the next Apply moves on to what is still wrong.
  await first.fill('Ada');
  await region.getByLabel('coupon_code', { exact: true }).fill('C1');
  await region.getByRole('button', { name: 'Apply to editor' }).click();
  await expect(region.getByLabel('Event name')).toBeFocused();
});

test('the Replace Custom Body question takes the focus with its answers, and the answer hands it to Apply', async ({ context }) => {
  const page = await context.newPage();
  await newWebhookCampaign(page);
  const editor = await openEditor(page);
  await editor.getByRole('radio', { name: 'Custom Body' }).check();
  await editor.getByRole('textbox', { name: 'Custom Body' }).fill('{"mine": true}');
  const region = picker(editor);
  await fillWelcomeOffer(region);
  await region.getByRole('button', { name: 'Apply to editor' }).press('Enter');

  const question = region.getByRole('group', { name: 'The Custom Body holds content that is not a Sendbird payload. Replace it? You can undo.' });
  await expect(question).toBeFocused();
  await expect(question.getByRole('button', { name: 'Replace Custom Body' })).toBeVisible();
  await expect(question.getByRole('button', { name: 'Keep it' })).toBeVisible();

  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(question.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question).toHaveCount(0);
  await expect(region.getByRole('button', { name: 'Apply to editor' })).toBeFocused();
  expect(await focusedName(region)).toBe('button:Apply to editor');

  await page.keyboard.press('Enter');
  await expect(question).toBeFocused();
  await question.getByRole('button', { name: 'Replace Custom Body' }).press('Enter');
  await expect(region).toContainText('Applied');
  await expect(region.getByRole('button', { name: 'Apply to editor' })).toBeFocused();
});

test('Undo disables itself and hands the focus to Apply', async ({ context }) => {
  const page = await context.newPage();
  await newWebhookCampaign(page);
  const editor = await openEditor(page);
  const region = picker(editor);
  await fillWelcomeOffer(region);
  await region.getByRole('button', { name: 'Apply to editor' }).press('Enter');
  await expect(region).toContainText('Applied');
  // Apply stays focusable while it works, so the focus is still there.
  await expect(region.getByRole('button', { name: 'Apply to editor' })).toBeFocused();

  const undo = region.getByRole('button', { name: 'Undo', exact: true });
  await undo.focus();
  await page.keyboard.press('Enter');
  await expect(undo).toBeDisabled();
  await expect(region.getByRole('button', { name: 'Apply to editor' })).toBeFocused();
  expect(await focusedName(region)).toBe('button:Apply to editor');
});

test('catalogue errors are announced', async ({ context, saveCredentials }) => {
  await saveCredentials({ apiToken: 'wrong-token-0000000000000000000000000000' });
  const page = await context.newPage();
  await newWebhookCampaign(page);
  const editor = await openEditor(page);
  await expect(picker(editor).getByRole('alert')).toContainText(/token/i);
});
