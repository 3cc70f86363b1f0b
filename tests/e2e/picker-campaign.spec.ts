import { test, expect } from './fixtures';
import { DEMO_API_TOKEN } from '../fakes/demo-app';
import {
  addMarketerRow,
  bodyRows,
  chooseTemplate,
  fillWelcomeOffer,
  newWebhookCampaign,
  openChannels,
  openEditor,
  picker,
  useProfileProperty,
  variableGroup,
  webhookEditor,
} from './support/clevertap';

const WELCOME = 'Welcome offer – 15% off first order';

test.beforeEach(async ({ saveCredentials }) => {
  await saveCredentials();
});

test('Sendbird joins the Messaging Channels list and starts a campaign on Sendbird multi', async ({ context }) => {
  const page = await context.newPage();
  const channels = await openChannels(page);
  const sendbird = channels.getByRole('button', { name: 'Sendbird' });
  await expect(sendbird).toBeVisible();
  // Inside the same list as its neighbours.
  await expect(channels.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Sendbird' }) })).toHaveCount(1);
  await sendbird.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/campaigns\/campaign\/new\/webhook$/);
  await expect(page.getByLabel('Webhook', { exact: true }).locator('option:checked')).toHaveText('Sendbird multi');
});

test('key-value mode: pick, fill, apply, test, save, reopen', async ({ context, sendbird, clevertap }) => {
  const page = await context.newPage();
  await newWebhookCampaign(page);
  const editor = await openEditor(page);
  await addMarketerRow(editor, 'campaign', 'spring-2026');
  const region = picker(editor);
  await expect(region).toBeVisible();

  await chooseTemplate(region, 'welcom', WELCOME);
  await useProfileProperty(region, 'first_name', 'first_name', 'there');
  await region.getByLabel('coupon_code', { exact: true }).fill('SPRING24');
  await expect(region.getByLabel('Receiver')).toHaveValue('SendbirdID');
  await region.getByLabel('Event name').fill('Welcome flow');
  await region.getByRole('button', { name: 'Apply to editor' }).click();
  await expect(region).toContainText('Applied');

  expect(await bodyRows(editor)).toEqual([
    ['campaign', 'spring-2026'],
    ['payload_version', '1'],
    ['template_key', 'welcome_offer'],
    ['receiver', '@Profile - SendbirdID'],
    ['event_name', 'Welcome flow'],
    ['variables.first_name', '@Profile - first_name | default:"there"'],
    ['variables.coupon_code', 'SPRING24'],
  ]);

  await editor.getByRole('button', { name: 'Preview and Test' }).click();
  await expect.poll(() => sendbird.received.length).toBe(1);
  expect(sendbird.received[0]).toMatchObject({
    endpoint: 'multi',
    accepted: true,
    deliveries: [{ templateKey: 'welcome_offer', receiver: 'sb-user-1', eventName: 'Welcome flow', variables: { first_name: 'Ada', coupon_code: 'SPRING24' } }],
  });

  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(webhookEditor(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Publish Campaign' }).click();
  await expect(page).toHaveURL(/\/edit$/);
  expect(clevertap.campaigns).toHaveLength(1);
  await page.reload();

  const reopened = await openEditor(page);
  const again = picker(reopened);
  await expect(again.getByRole('combobox', { name: 'Template' })).toHaveValue(WELCOME);
  await expect(again.getByLabel('first_name', { exact: true })).toHaveValue('first_name');
  await expect(variableGroup(again, 'first_name').getByLabel('Source')).toHaveValue('profile');
  await expect(variableGroup(again, 'first_name').getByLabel('Default')).toHaveValue('there');
  await expect(again.getByLabel('coupon_code', { exact: true })).toHaveValue('SPRING24');
  await expect(again.getByLabel('Receiver')).toHaveValue('SendbirdID');
  await expect(again.getByLabel('Event name')).toHaveValue('Welcome flow');
  expect(await bodyRows(reopened)).toContainEqual(['campaign', 'spring-2026']);

  // Nothing on the page ever holds the token.
  expect(await page.content()).not.toContain(DEMO_API_TOKEN);
});

test('validation explains what is missing and writes nothing', async ({ context }) => {
  const page = await context.newPage();
  await newWebhookCampaign(page);
  const editor = await openEditor(page);
  const region = picker(editor);
  await region.getByRole('button', { name: 'Apply to editor' }).click();
  await expect(region).toContainText('Choose a template.');
  await chooseTemplate(region, 'welcome', WELCOME);
  await region.getByRole('button', { name: 'Apply to editor' }).click();
  // Marked, and still named exactly by the variable's key.
  await expect(region.getByRole('textbox', { name: 'first_name', exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(region.getByRole('textbox', { name: 'Receiver', exact: true })).toHaveValue('SendbirdID');
  await expect(region.getByLabel('Event name')).toHaveAccessibleDescription(/Enter the event name/);
  expect(await bodyRows(editor)).toEqual([['', '']]);
});

test('Undo restores the rows exactly, and a re-apply replaces only our rows', async ({ context }) => {
  const page = await context.newPage();
  await newWebhookCampaign(page);
  const editor = await openEditor(page);
  await addMarketerRow(editor, 'utm_source', 'clevertap');
  await addMarketerRow(editor, 'note', '{{ Profile.Name }}');
  const before = await bodyRows(editor);

  const region = picker(editor);
  await fillWelcomeOffer(region, { coupon: 'X1' });
  await region.getByRole('button', { name: 'Apply to editor' }).click();
  await expect(region).toContainText('Applied');
  expect((await bodyRows(editor)).length).toBe(before.length + 6);
  const undoTarget = bodyRows(editor);

  // Another template with other variables: our old variable rows go, the marketer's stay.
  await chooseTemplate(region, 'appointment', 'Appointment reminder (24 hours before)');
  for (const field of await region.locator('.variable input[id]').all()) await field.fill('v');
  await region.getByRole('button', { name: 'Apply to editor' }).click();
  await expect(region).toContainText('Applied "Appointment reminder');
  const after = await bodyRows(editor);
  expect(after.slice(0, 2)).toEqual(before);
  expect(after.find(([key]) => key === 'template_key')).toEqual(['template_key', 'appointment_reminder']);
  expect(after.filter(([key]) => key.startsWith('variables.')).map(([key]) => key)).toEqual([
    'variables.patient_name',
    'variables.doctor_name',
    'variables.appointment_time',
    'variables.clinic_address',
  ]);

  const afterFirstApply = await undoTarget;
  await region.getByRole('button', { name: 'Undo' }).click();
  await expect(region).toContainText('back to what it held');
  expect(await bodyRows(editor)).toEqual(afterFirstApply);
});

test('live behavior: an event property, prefilled with the qualifying event, renders for the sample event', async ({ context, sendbird }) => {
  const page = await context.newPage();
  await newWebhookCampaign(page);
  await page.getByRole('radio', { name: 'Live behavior' }).check();
  await page.getByLabel('Qualifying event').selectOption('Charged');
  const editor = await openEditor(page);
  const region = picker(editor);
  await chooseTemplate(region, 'welcome', WELCOME);
  await region.getByLabel('first_name', { exact: true }).fill('Ada');
  await variableGroup(region, 'coupon_code').getByLabel('Source').selectOption({ label: 'Event property' });
  await expect(variableGroup(region, 'coupon_code').getByLabel('Event', { exact: true })).toHaveValue('Charged');
  await region.getByLabel('coupon_code', { exact: true }).fill('Product name');
  await region.getByLabel('Event name').fill('Charged follow-up');
  await region.getByRole('button', { name: 'Apply to editor' }).click();
  await expect(region).toContainText('Applied');
  expect(await bodyRows(editor)).toContainEqual(['variables.coupon_code', '@Charged - Product name']);

  await editor.getByRole('button', { name: 'Preview and Test' }).click();
  await expect.poll(() => sendbird.received.length).toBe(1);
  expect(sendbird.received[0]?.deliveries[0]?.variables).toEqual({ first_name: 'Ada', coupon_code: 'Analytical Engine' });
});

test('past behavior: event properties are not offered', async ({ context }) => {
  const page = await context.newPage();
  await newWebhookCampaign(page);
  await page.getByRole('radio', { name: 'Past behavior' }).check();
  const region = picker(await openEditor(page));
  await chooseTemplate(region, 'welcome', WELCOME);
  await expect(variableGroup(region, 'first_name').getByRole('option', { name: /Event property/ })).toBeDisabled();
});

test('Undo after the marketer’s own edits reverts only what Apply wrote, and asks before touching a row they changed', async ({ context }) => {
  // A long marketer flow (apply, three edits, two Undo rounds, save, reopen).
  test.setTimeout(120_000);
  const page = await context.newPage();
  await newWebhookCampaign(page);
  const editor = await openEditor(page);
  await addMarketerRow(editor, 'utm_source', 'clevertap');
  const region = picker(editor);
  await fillWelcomeOffer(region, { coupon: 'X1' });
  await region.getByRole('button', { name: 'Apply to editor' }).click();
  await expect(region).toContainText('Applied');

  // The marketer changes their own row, adds one, and edits a row Apply wrote.
  await editor.getByLabel('Value 1', { exact: true }).fill('email');
  await addMarketerRow(editor, 'note', 'hello');
  const eventRow = (await bodyRows(editor)).findIndex(([key]) => key === 'event_name') + 1;
  await editor.getByLabel(`Value ${eventRow}`, { exact: true }).fill('edited by hand');
  const edited = await bodyRows(editor);

  await region.getByRole('button', { name: 'Undo' }).click();
  await expect(region).toContainText('You changed event_name since Apply');
  await region.getByRole('button', { name: 'Keep my edits' }).click();
  expect(await bodyRows(editor)).toEqual(edited);

  await region.getByRole('button', { name: 'Undo' }).click();
  await region.getByRole('button', { name: 'Undo anyway' }).click();
  await expect(region).toContainText('back to what it held before Apply');
  expect(await bodyRows(editor)).toEqual([
    ['utm_source', 'email'],
    ['note', 'hello'],
  ]);
  // Save keeps the marketer's work.
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await openEditor(page);
  expect(await bodyRows(webhookEditor(page))).toEqual([
    ['utm_source', 'email'],
    ['note', 'hello'],
  ]);
});
