/**
 * `npm run demo`: the extension in real Chromium against the local Sendbird
 * stand-in and CleverTap sandbox, with demo credentials saved.
 * With a display it opens a window and runs until you close it; headless
 * (`--headless`, or no display) it saves screenshots and exits. `--frames` opens
 * the sandbox in frame mode: campaign and journey editors hosted in a same-origin
 * frame of the dashboard shell, as CleverTap does for its older editors.
 * `--store-assets` writes the Chrome Web Store's screenshots (en, ko, ja) and promo
 * tile to store-assets/ instead (tests/tools/store-assets.ts) and exits.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { findChromium, CHROMIUM_INSTALL_HINT, launchChromium, extensionIdOf } from '../support/chromium';
import { startSendbirdStandIn } from '../fakes/sendbird';
import { startClevertapSandbox } from '../fakes/clevertap';
import { CLEVERTAP_ACCOUNT_ID, DEMO_APP_ID, campaignsUrl, clevertapOrigin } from '../fakes/demo-app';
import { connectDemoApp } from '../support/demo-credentials';
import { writeStoreAssets } from './store-assets';

const args = process.argv.slice(2);
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = args.includes('--headless') || !hasDisplay;
const frames = args.includes('--frames');
const storeAssets = args.includes('--store-assets');
const screenshotDir = path.resolve('demo-screenshots');
const startUrl = `${campaignsUrl()}?frames=${frames ? 'editors' : 'off'}`;

async function main() {
  if (!findChromium()) {
    console.error(CHROMIUM_INSTALL_HINT);
    process.exit(1);
  }
  console.log('Building the extension and the CleverTap sandbox...');
  execFileSync('npm', ['run', '--silent', 'build', '--', '--logLevel', 'warn'], { stdio: 'inherit' });
  execFileSync('npm', ['run', '--silent', 'build:sandbox', '--', '--logLevel', 'warn'], { stdio: 'inherit' });

  const sendbird = await startSendbirdStandIn();
  const clevertap = await startClevertapSandbox({ sendbirdPort: sendbird.port });
  console.log(`Sendbird stand-in on 127.0.0.1:${sendbird.port}, CleverTap sandbox on 127.0.0.1:${clevertap.port}`);

  if (storeAssets) {
    try {
      const outDir = path.resolve('store-assets');
      const files = await writeStoreAssets({ sendbirdPort: sendbird.port, clevertapPort: clevertap.port, outDir });
      console.log(`Store images written to ${outDir} (sizes checked):\n${files.map((file) => `  ${path.basename(file)}`).join('\n')}`);
    } finally {
      await clevertap.close();
      await sendbird.close();
    }
    return;
  }

  const context = await launchChromium({ sendbirdPort: sendbird.port, clevertapPort: clevertap.port, headless });
  const extensionId = await extensionIdOf(context);
  const options = await connectDemoApp(context, extensionId);

  const dashboard = await context.newPage();
  await dashboard.goto(startUrl);

  const shutdown = async () => {
    await context.close().catch(() => {});
    await clevertap.close();
    await sendbird.close();
  };

  if (headless) {
    mkdirSync(screenshotDir, { recursive: true });
    await takeScreenshots(context, extensionId, options, dashboard);
    console.log(`Screenshots written to ${screenshotDir}`);
    await shutdown();
    return;
  }
  console.log(`\nChromium is open on ${campaignsUrl()} with the extension loaded${frames ? ', editors in a frame' : ''}.`);
  console.log(`Demo app ${DEMO_APP_ID} is saved in the extension's settings. Close the window or press Ctrl+C to stop.`);
  await options.close();
  await new Promise<void>((resolve) => {
    context.on('close', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  await shutdown();
}

async function takeScreenshots(context: BrowserContext, extensionId: string, options: Page, dashboard: Page) {
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, name), fullPage: true });
  await shot(options, 'options.png');

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  await popup.waitForLoadState('networkidle');
  await shot(popup, 'popup.png');

  await dashboard.bringToFront();
  await shot(dashboard, 'clevertap-campaigns.png');
  await dashboard.getByRole('button', { name: '+ Campaign' }).click();
  const channels = dashboard.getByRole('dialog', { name: 'Messaging Channels' });
  await channels.getByRole('button', { name: 'Sendbird' }).waitFor();
  await shot(dashboard, 'clevertap-messaging-channels.png');

  await channels.getByRole('button', { name: 'Sendbird' }).click();
  await dashboard.getByRole('button', { name: 'Go To Editor' }).click();
  const editor = dashboard.getByRole('dialog', { name: 'Create Webhook Content' });
  const picker = editor.getByRole('region', { name: 'Sendbird Business Messaging' });
  const template = picker.getByRole('combobox', { name: 'Template' });
  await template.click();
  await template.fill('welcome');
  await picker.getByRole('option').first().click();
  await picker.getByLabel('first_name', { exact: true }).fill('@Profile - first_name | default:"there"');
  await picker.getByLabel('coupon_code', { exact: true }).fill('SPRING24');
  await picker.getByLabel('Event name').fill('Welcome flow');
  await picker.getByRole('button', { name: 'Apply to editor' }).click();
  await picker.getByText('Applied').waitFor();
  await editor.screenshot({ path: path.join(screenshotDir, 'clevertap-webhook-editor-with-picker.png') });

  await dashboard.goto(`${clevertapOrigin()}/${CLEVERTAP_ACCOUNT_ID}/settings/engage/channels/webhooks`);
  await dashboard.getByRole('region', { name: 'Sendbird webhook setup' }).waitFor();
  await shot(dashboard, 'clevertap-webhook-settings.png');

  // Frame mode: the campaign editor in a same-origin frame of the dashboard shell.
  await dashboard.goto(`${clevertapOrigin()}/${CLEVERTAP_ACCOUNT_ID}/campaigns/campaign/new/webhook?webhook=sendbird-multi&frames=editors`);
  const frame = dashboard.frameLocator('iframe[title="CleverTap page"]');
  await frame.getByRole('button', { name: 'Go To Editor' }).first().click();
  await frame.getByRole('dialog', { name: 'Create Webhook Content' }).getByRole('region', { name: 'Sendbird Business Messaging' }).getByRole('combobox', { name: 'Template' }).waitFor();
  await shot(dashboard, 'clevertap-framed-editor-with-picker.png');
  await dashboard.goto(`${campaignsUrl()}?frames=off`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
