import { test, expect } from './fixtures';
import { newWebhookCampaign, openEditor, picker, webhookEditor } from './support/clevertap';

test.beforeEach(async ({ saveCredentials }) => {
  await saveCredentials();
});

/**
 * On a route where CleverTap opens the Create Webhook Content editor, the loader
 * loads the picker's file in idle time (src/content/features/webhook-editor.ts),
 * so a dialog that appears later only mounts it: once per page, never again.
 */
test("on a campaign page the picker's file loads before any Create Webhook Content dialog, once", async ({ context }) => {
  const loads: string[] = [];
  context.on('request', (request) => {
    // Chromium answers the dynamic URL by redirecting to the static one: count each load once.
    if (request.url().endsWith('/assets/mount-picker.js') && !request.redirectedFrom()) loads.push(request.url());
  });
  const page = await context.newPage();
  await newWebhookCampaign(page);
  await expect.poll(() => loads.length).toBe(1);
  await expect(webhookEditor(page)).toHaveCount(0);
  const editor = await openEditor(page);
  await expect(picker(editor)).toContainText('28 templates');
  expect(loads).toHaveLength(1);
});
