import { test, expect } from './fixtures';
import { chooseTemplate, newWebhookCampaign, openEditor, picker, webhookEditor } from './support/clevertap';

const WELCOME = 'Welcome offer – 15% off first order';

test.beforeEach(async ({ saveCredentials }) => {
  await saveCredentials();
});

test('Custom Body: apply, Preview and Test, save, reopen', async ({ context, sendbird }) => {
  const page = await context.newPage();
  await newWebhookCampaign(page, 'Sendbird single');
  const editor = await openEditor(page);
  await editor.getByRole('radio', { name: 'Custom Body' }).check();
  const body = editor.getByRole('textbox', { name: 'Custom Body' });
  const region = picker(editor);

  await chooseTemplate(region, 'WELCOME_OFFER', WELCOME);
  // Custom Body carries static text only (a profile value inside its JSON is not safe, #13); the receiver stays personalised.
  await region.getByLabel('first_name', { exact: true }).fill('Grace');
  await region.getByLabel('coupon_code', { exact: true }).fill('SPRING24');
  await region.getByLabel('Receiver').fill('SendbirdID');
  await region.getByLabel('Event name').fill('Welcome flow');
  // A campaign on Sendbird single gets advice.
  await expect(region).toContainText('Sendbird recommends the "Sendbird multi" webhook');
  await region.getByRole('button', { name: 'Apply to editor' }).click();
  await expect(region).toContainText('Applied');

  expect(JSON.parse(await body.inputValue())).toEqual({
    payload_version: 1,
    template_key: 'welcome_offer',
    receiver: '{{ Profile.SendbirdID }}',
    event_name: 'Welcome flow',
    variables: { first_name: 'Grace', coupon_code: 'SPRING24' },
  });

  await editor.getByRole('button', { name: 'Preview and Test' }).click();
  await expect.poll(() => sendbird.received.length).toBe(1);
  expect(sendbird.received[0]).toMatchObject({
    endpoint: 'single',
    accepted: true,
    deliveries: [{ templateKey: 'welcome_offer', receiver: 'sb-user-1', variables: { first_name: 'Grace', coupon_code: 'SPRING24' } }],
  });

  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: 'Publish Campaign' }).click();
  await expect(page).toHaveURL(/\/edit$/);
  await page.reload();
  const reopened = await openEditor(page);
  const again = picker(reopened);
  await expect(again.getByRole('combobox', { name: 'Template' })).toHaveValue(WELCOME);
  await expect(again.getByLabel('first_name', { exact: true })).toHaveValue('Grace');
  await expect(again.getByLabel('coupon_code', { exact: true })).toHaveValue('SPRING24');
  await expect(again.getByLabel('Event name')).toHaveValue('Welcome flow');
});

test('a foreign Custom Body is kept unless the marketer confirms, and Undo restores it byte for byte', async ({ context }) => {
  const page = await context.newPage();
  await newWebhookCampaign(page);
  const editor = await openEditor(page);
  await editor.getByRole('radio', { name: 'Custom Body' }).check();
  const body = editor.getByRole('textbox', { name: 'Custom Body' });
  const original = '{\n  "message": "Hi {{ Profile.Name | default: "there" }}",\n\t"tags": ["spring"] \n}\n';
  await body.fill(original);

  const region = picker(editor);
  await chooseTemplate(region, 'back in stock', 'Back in stock alert');
  for (const field of await region.locator('.variable input[id]').all()) await field.fill('x');
  await region.getByLabel('Event name').fill('evt');
  await region.getByRole('button', { name: 'Apply to editor' }).click();
  await expect(region).toContainText('not a Sendbird payload');
  await region.getByRole('button', { name: 'Keep it' }).click();
  await expect(body).toHaveValue(original);

  await region.getByRole('button', { name: 'Apply to editor' }).click();
  await region.getByRole('button', { name: 'Replace Custom Body' }).click();
  await expect(region).toContainText('Applied');
  expect(JSON.parse(await body.inputValue())).toMatchObject({ template_key: 'back_in_stock' });

  await region.getByRole('button', { name: 'Undo' }).click();
  await expect(body).toHaveValue(original);
  await expect(webhookEditor(page)).toBeVisible();
});
