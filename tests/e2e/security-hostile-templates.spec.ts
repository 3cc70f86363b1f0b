import { test, expect } from './fixtures';
import { demoApp, rawJson, seedCatalogue } from '../fakes/sendbird';
import { newWebhookCampaign, openEditor, picker } from './support/clevertap';

/**
 * Attack: whoever can edit a template in the Sendbird app (or answers in
 * Sendbird's place) plants a template nested 2,000 boxes deep. One template
 * must never take the whole catalogue down: it is skipped with its reason, and
 * every other template stays usable in the popup and the picker.
 */

/** Built as text: the stand-in's own copying (structuredClone) would give up on an object this deep. */
function nestedBoxes(depth: number): string {
  const open = '{"type":"box","layout":"column","items":['.repeat(depth);
  return `${open}{"type":"text","text":"Deep {first_name}"}${']}'.repeat(depth)}`;
}

function hostileCatalogue(): unknown[] {
  const deep = {
    key: 'deep_nesting',
    name: 'Deep nesting',
    created_at: 1_700_000_000_000,
    updated_at: 1_800_000_000_000,
    ui_template: rawJson(`{"version":1,"body":{"items":[${nestedBoxes(2_000)}]}}`),
  };
  return [deep, ...seedCatalogue()];
}

const SEED_COUNT = (seedCatalogue() as { is_archived?: boolean }[]).filter((raw) => raw.is_archived !== true).length;

test('a template nested 2,000 boxes deep is skipped with its reason; the popup lists every other template', async ({ sendbird, saveCredentials, openExtensionPage }) => {
  sendbird.setApp({ ...demoApp(), templates: hostileCatalogue() });
  await saveCredentials();
  const popup = await openExtensionPage('src/popup/index.html');
  await expect(popup.locator('.count')).toHaveText(`${SEED_COUNT} templates`, { timeout: 30_000 });
  await expect(popup.getByText('1 template from Sendbird could not be read and is not listed.')).toBeVisible();
  // Why, in our words, with the template's key so the marketer can find it in Sendbird.
  await popup.getByText('1 template from Sendbird could not be read').click();
  await expect(popup.getByText(/deep_nesting: nested more than \d+ levels deep/)).toBeVisible();
});

test('a template nested 2,000 boxes deep does not break the picker', async ({ context, sendbird, saveCredentials }) => {
  sendbird.setApp({ ...demoApp(), templates: hostileCatalogue() });
  await saveCredentials();
  const page = await context.newPage();
  await newWebhookCampaign(page);
  const region = picker(await openEditor(page));
  await expect(region).toContainText(`${SEED_COUNT} templates`, { timeout: 30_000 });
  await expect(region).toContainText('1 template could not be read');
  await region.getByRole('combobox', { name: 'Template' }).click();
  await expect(region.getByRole('option', { name: 'Order shipped' })).toBeVisible();
});
