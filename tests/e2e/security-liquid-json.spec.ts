import { test, expect } from './fixtures';
import { bodyRows, chooseTemplate, newWebhookCampaign, openEditor, picker, useProfileProperty } from './support/clevertap';

/**
 * Attack: an end user's own profile value ends up inside Custom Body's JSON.
 * CleverTap substitutes `{{ Profile.first_name }}` inside a JSON string, so a
 * user named `Dwayne "The Rock"` breaks the body, and one named
 * `x", "receiver": "victim` changes who Sendbird messages. CleverTap documents
 * no Liquid filter that escapes a value for JSON, so Custom Body refuses
 * personalised variables and points to key-value mode. Typed text holding part
 * of a Liquid tag is refused in both modes.
 */
const WELCOME = 'Welcome offer – 15% off first order';

test.beforeEach(async ({ saveCredentials }) => {
  await saveCredentials();
});

test('Custom Body refuses a profile-sourced variable and points to key-value mode; the body is left as it was', async ({ context }) => {
  const page = await context.newPage();
  await newWebhookCampaign(page);
  const editor = await openEditor(page);
  await editor.getByRole('radio', { name: 'Custom Body' }).check();
  const body = editor.getByRole('textbox', { name: 'Custom Body' });
  const region = picker(editor);
  await chooseTemplate(region, 'welcom', WELCOME);
  await useProfileProperty(region, 'first_name', 'first_name', 'there');
  await region.getByLabel('coupon_code', { exact: true }).fill('SPRING24');
  await region.getByLabel('Event name').fill('Welcome flow');
  await region.getByRole('button', { name: 'Apply to editor' }).click();
  await expect(region).toContainText('Custom Body cannot carry a profile or event value safely');
  await expect(region).toContainText('key value pairs');
  await expect(body).toHaveValue('');

  // The same selection in key-value mode goes through: each value is its own pair.
  await editor.getByRole('radio', { name: /Profile Variables/ }).check();
  await region.getByRole('button', { name: 'Apply to editor' }).click();
  await expect(region).toContainText('Applied');
  expect(await bodyRows(editor)).toContainEqual(['variables.first_name', '@Profile - first_name | default:"there"']);
});

for (const mode of ['key-value', 'custom-body'] as const) {
  test(`typed text holding part of a Liquid tag is refused (${mode})`, async ({ context }) => {
    const page = await context.newPage();
    await newWebhookCampaign(page);
    const editor = await openEditor(page);
    if (mode === 'custom-body') await editor.getByRole('radio', { name: 'Custom Body' }).check();
    const region = picker(editor);
    await chooseTemplate(region, 'welcom', WELCOME);
    await region.getByLabel('first_name', { exact: true }).fill('Ada');
    await region.getByLabel('coupon_code', { exact: true }).fill('SPRING {{ Profile.Email');
    await region.getByLabel('Event name').fill('Welcome {% if x %}');
    await region.getByRole('button', { name: 'Apply to editor' }).click();
    await expect(region.getByText('Remove the "{{" or "{%"')).toHaveCount(2);
    if (mode === 'key-value') expect((await bodyRows(editor)).some(([key]) => key === 'template_key')).toBe(false);
    else await expect(editor.getByRole('textbox', { name: 'Custom Body' })).toHaveValue('');
  });
}
