import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CLEVERTAP_ACCOUNT_ID, DEMO_INTEGRATION_TOKEN, clevertapOrigin } from '../fakes/demo-app';
import { sendbirdIntegrationUrl } from '../fakes/clevertap';

const settingsUrl = `${clevertapOrigin()}/${CLEVERTAP_ACCOUNT_ID}/settings/engage/channels/webhooks`;

async function openCreatePanel(page: Page) {
  await page.getByRole('button', { name: '+ Add Webhook' }).click();
  const panel = page.getByRole('dialog', { name: 'Create webhook template' });
  await expect(panel).toBeVisible();
  return panel;
}

test('+ Add Webhook tests the destination and saves only on 200', async ({ plainContext, clevertap, sendbird }) => {
  const page = await plainContext.newPage();
  await page.goto(settingsUrl);
  const nav = page.getByRole('navigation', { name: 'Settings' });
  await expect(nav.getByRole('link', { name: 'Webhooks' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toHaveText(/Settings.*Engage.*Channels.*Webhooks/);
  await expect(page.getByRole('row', { name: /Sendbird multi POST https:\/\/api-.*\/multi/ })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const panel = await openCreatePanel(page);
  await expect(panel.getByLabel('Method')).toHaveValue('POST');
  await expect(panel.getByRole('radio', { name: 'No authentication' })).toBeChecked();
  await panel.getByLabel('Name', { exact: true }).fill('Sendbird single (wrong token)');
  await panel.getByLabel('Destination URL').fill(sendbirdIntegrationUrl('single'));
  await panel.getByLabel('Header 1 name').fill('Api-token');
  await panel.getByLabel('Header 1 value').fill('not-the-token');
  await panel.getByRole('button', { name: 'Create' }).click();
  await expect(panel.getByRole('alert')).toContainText('Test request failed: the destination answered HTTP 401');
  // The form is kept as typed.
  await expect(panel.getByLabel('Name', { exact: true })).toHaveValue('Sendbird single (wrong token)');
  expect(clevertap.webhooks).toHaveLength(3);

  await panel.getByLabel('Name', { exact: true }).fill('Sendbird single EU');
  await panel.getByLabel('Header 1 value').fill(DEMO_INTEGRATION_TOKEN);
  await panel.getByRole('button', { name: '+ Key-Value Pair' }).click();
  await panel.getByLabel('Header 2 name').fill('X-Team');
  await panel.getByLabel('Header 2 value').fill('growth');
  await panel.getByRole('button', { name: 'Create' }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText('Webhook "Sendbird single EU" created');
  await expect(page.getByRole('row', { name: /Sendbird single EU POST/ })).toBeVisible();

  const tests = clevertap.outbound.filter((request) => request.purpose === 'webhook-test');
  expect(tests.map((request) => request.status)).toEqual([401, 200]);
  expect(JSON.parse(tests[1]?.body ?? '')).toMatchObject({ is_test: true });
  expect(tests[1]?.headers).toMatchObject({ 'Api-token': DEMO_INTEGRATION_TOKEN, 'X-Team': 'growth' });
  expect(sendbird.received.map((request) => request.accepted)).toEqual([false, true]);
  expect(clevertap.webhooks.at(-1)).toMatchObject({
    name: 'Sendbird single EU',
    method: 'POST',
    auth: 'none',
    headers: [
      { key: 'Api-token', value: DEMO_INTEGRATION_TOKEN },
      { key: 'X-Team', value: 'growth' },
    ],
  });

  // The new webhook is offered to campaigns at once.
  await page.goto(`${clevertapOrigin()}/${CLEVERTAP_ACCOUNT_ID}/campaigns/campaign/new/webhook`);
  await expect(page.getByLabel('Webhook', { exact: true }).getByRole('option', { name: 'Sendbird single EU' })).toBeAttached();
});

test('duplicate names, bad URLs and unreachable hosts are refused', async ({ plainContext, clevertap }) => {
  const page = await plainContext.newPage();
  await page.goto(settingsUrl);
  const panel = await openCreatePanel(page);
  await panel.getByLabel('Name', { exact: true }).fill('sendbird MULTI');
  await panel.getByLabel('Destination URL').fill(sendbirdIntegrationUrl('multi'));
  await panel.getByRole('button', { name: 'Create' }).click();
  await expect(panel.getByRole('alert')).toContainText('A webhook named "sendbird MULTI" already exists');

  await panel.getByLabel('Name', { exact: true }).fill('Ops pager');
  await panel.getByLabel('Destination URL').fill('not a url');
  await panel.getByRole('button', { name: 'Create' }).click();
  await expect(panel.getByRole('alert')).toContainText('Enter a valid destination URL');

  await panel.getByLabel('Destination URL').fill('https://pager.example.org/hook');
  await panel.getByRole('radio', { name: 'Basic Authorization' }).check();
  await panel.getByLabel('Username').fill('ops');
  await panel.getByLabel('Password').fill('secret');
  await panel.getByRole('button', { name: 'Create' }).click();
  await expect(panel.getByRole('alert')).toContainText('getaddrinfo ENOTFOUND pager.example.org');
  expect(clevertap.outbound.at(-1)?.headers.Authorization).toBe(`Basic ${Buffer.from('ops:secret').toString('base64')}`);

  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  expect(clevertap.webhooks.map((webhook) => webhook.name)).toEqual(['Sendbird single', 'Sendbird multi', 'Slack alerts']);
});
