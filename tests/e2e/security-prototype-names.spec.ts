import { test, expect } from './fixtures';
import { demoApp, seedCatalogue } from '../fakes/sendbird';
import { bodyRows, chooseTemplate, newWebhookCampaign, openEditor, picker } from './support/clevertap';

/**
 * Attack: a template whose variables are named like Object.prototype's members.
 * Anything that looks a variable up in a plain object finds the prototype's
 * member instead of the value: the preview crashed, the picker's payload showed
 * `undefined`, Apply threw with no message. Every name is data, never a member.
 */
const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'] as const;
const TEMPLATE_NAME = 'Prototype names';

function catalogue(): unknown[] {
  const hostile = {
    key: 'prototype_names',
    name: TEMPLATE_NAME,
    created_at: 1_700_000_000_000,
    updated_at: 1_800_000_000_000,
    ui_template: {
      version: 1,
      body: { items: [{ type: 'box', layout: 'column', items: NAMES.map((name) => ({ type: 'text', text: `${name}=[{${name}}]` })) }] },
    },
  };
  return [hostile, ...seedCatalogue()];
}

test('the popup previews a template with prototype-named variables and edits each one', async ({ sendbird, saveCredentials, openExtensionPage }) => {
  sendbird.setApp({ ...demoApp(), templates: catalogue() });
  await saveCredentials();
  const popup = await openExtensionPage('src/popup/index.html');
  await popup.getByRole('listbox', { name: 'Templates' }).getByRole('option', { name: new RegExp(`^${TEMPLATE_NAME}`) }).click();
  await expect(popup.getByRole('heading', { level: 2, name: TEMPLATE_NAME })).toBeVisible();
  const preview = popup.getByRole('region', { name: /^Preview, / });
  for (const name of NAMES) {
    const field = popup.getByLabel(name, { exact: true });
    await field.fill(`value of ${name}`);
    await expect(preview).toContainText(`${name}=[value of ${name}]`);
  }
  await expect(preview).not.toContainText('function');
  await expect(preview).not.toContainText('[object');
});

test('the picker fills and applies prototype-named variables, each to its own row', async ({ context, sendbird, saveCredentials }) => {
  sendbird.setApp({ ...demoApp(), templates: catalogue() });
  await saveCredentials();
  const page = await context.newPage();
  await newWebhookCampaign(page);
  const editor = await openEditor(page);
  const region = picker(editor);
  await chooseTemplate(region, 'prototype', TEMPLATE_NAME);
  for (const name of NAMES) {
    const field = region.getByLabel(name, { exact: true });
    // Empty to start with: never the prototype's member shown as a value.
    await expect(field).toHaveValue('');
    await field.fill(`value of ${name}`);
  }
  await region.getByLabel('Event name').fill('Proto flow');
  await region.getByRole('button', { name: 'Apply to editor' }).click();
  await expect(region).toContainText('Applied');
  const rows = await bodyRows(editor);
  for (const name of NAMES) expect(rows).toContainEqual([`variables.${name}`, `value of ${name}`]);
  expect(rows.some(([, value]) => value === 'undefined' || value.includes('function'))).toBe(false);
});
