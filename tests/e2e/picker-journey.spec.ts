import { test, expect } from './fixtures';
import { CLEVERTAP_ACCOUNT_ID, clevertapOrigin } from '../fakes/demo-app';
import { bodyRows, chooseTemplate, picker, useProfileProperty, webhookEditor } from './support/clevertap';

test("a journey's Webhook node: pick, apply, test, save, reopen", async ({ context, saveCredentials, sendbird, clevertap }) => {
  await saveCredentials();
  const page = await context.newPage();
  await page.goto(`${clevertapOrigin()}/${CLEVERTAP_ACCOUNT_ID}/journeys`);
  await page.getByRole('button', { name: '+ Journey' }).click();
  await page.getByLabel('Journey name').fill('Appointment journey');
  const node = page.getByRole('region', { name: 'Journey canvas' }).getByRole('article', { name: 'Webhook' });
  await node.getByLabel('Webhook', { exact: true }).selectOption({ label: 'Sendbird multi' });
  await node.getByRole('button', { name: 'Edit message' }).click();
  const editor = webhookEditor(page);
  const region = picker(editor);
  await expect(region).toBeVisible();
  // Sendbird multi on a journey gets advice.
  await expect(region).toContainText('Sendbird recommends the "Sendbird single" webhook');
  await editor.getByRole('button', { name: 'Close' }).click();
  await node.getByLabel('Webhook', { exact: true }).selectOption({ label: 'Sendbird single' });
  await node.getByRole('button', { name: 'Edit message' }).click();

  await chooseTemplate(region, 'apointment', 'Appointment reminder (24 hours before)');
  await useProfileProperty(region, 'patient_name', 'Name');
  await region.getByLabel('doctor_name', { exact: true }).fill('Dr. Grey');
  await region.getByLabel('appointment_time', { exact: true }).fill('9:30');
  await useProfileProperty(region, 'clinic_address', 'City', 'our clinic');
  await region.getByLabel('Event name').fill('Reminder sent');
  await expect(region).not.toContainText('recommends');
  await region.getByRole('button', { name: 'Apply to editor' }).click();
  await expect(region).toContainText('Applied');

  await editor.getByRole('button', { name: 'Preview and Test' }).click();
  await expect.poll(() => sendbird.received.length).toBe(1);
  expect(sendbird.received[0]).toMatchObject({
    endpoint: 'single',
    accepted: true,
    deliveries: [
      {
        templateKey: 'appointment_reminder',
        receiver: 'sb-user-1',
        eventName: 'Reminder sent',
        variables: { patient_name: 'Ada Lovelace', doctor_name: 'Dr. Grey', appointment_time: '9:30', clinic_address: 'London' },
      },
    ],
  });

  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: 'Save journey' }).click();
  await expect(page).toHaveURL(/\/journeys\/journey\/\d+\/edit$/);
  expect(clevertap.journeys[0]?.webhookNode.content?.keyValues).toContainEqual({ key: 'template_key', value: 'appointment_reminder' });
  await page.reload();
  await page.getByRole('button', { name: 'Edit message' }).click();
  const again = picker(webhookEditor(page));
  await expect(again.getByRole('combobox', { name: 'Template' })).toHaveValue('Appointment reminder (24 hours before)');
  await expect(again.getByLabel('doctor_name', { exact: true })).toHaveValue('Dr. Grey');
  await expect(again.getByLabel('clinic_address', { exact: true })).toHaveValue('City');
  expect((await bodyRows(webhookEditor(page))).length).toBe(8);
});
