import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { launchChromium, extensionIdOf } from '../support/chromium';
import { startSendbirdStandIn, type SendbirdStandIn } from '../fakes/sendbird';
import { startClevertapSandbox, type ClevertapSandbox } from '../fakes/clevertap';
import { DEMO_API_TOKEN, DEMO_APP_ID } from '../fakes/demo-app';

interface StandIns {
  sendbird: SendbirdStandIn;
  clevertap: ClevertapSandbox;
}

interface WorkerFixtures {
  standIns: StandIns;
}

interface TestFixtures {
  sendbird: SendbirdStandIn;
  clevertap: ClevertapSandbox;
  /** Chromium with the built extension loaded and the stand-ins on their real hosts. */
  context: BrowserContext;
  /** Chromium without the extension, for testing the sandbox itself. */
  plainContext: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Opens an extension page (e.g. 'src/options/index.html') in a new tab. */
  openExtensionPage: (pagePath: string) => Promise<Page>;
  /** Saves credentials through the options page, as a marketer would. */
  saveCredentials: (credentials?: { appId?: string; apiToken?: string }) => Promise<void>;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  standIns: [
    async ({}, use) => {
      const sendbird = await startSendbirdStandIn();
      const clevertap = await startClevertapSandbox({ sendbirdPort: sendbird.port });
      await use({ sendbird, clevertap });
      await clevertap.close();
      await sendbird.close();
    },
    { scope: 'worker' },
  ],

  sendbird: async ({ standIns }, use) => {
    standIns.sendbird.reset();
    await use(standIns.sendbird);
  },

  clevertap: async ({ standIns }, use) => {
    standIns.clevertap.reset();
    await use(standIns.clevertap);
  },

  context: async ({ sendbird, clevertap }, use) => {
    const context = await launchChromium({ sendbirdPort: sendbird.port, clevertapPort: clevertap.port });
    await use(context);
    await context.close();
  },

  plainContext: async ({ sendbird, clevertap }, use) => {
    const context = await launchChromium({
      sendbirdPort: sendbird.port,
      clevertapPort: clevertap.port,
      extensionPath: null,
    });
    await use(context);
    await context.close();
  },

  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },

  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },

  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (pagePath) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${pagePath}`);
      return page;
    });
  },

  saveCredentials: async ({ openExtensionPage }, use) => {
    await use(async ({ appId = DEMO_APP_ID, apiToken = DEMO_API_TOKEN } = {}) => {
      const options = await openExtensionPage('src/options/index.html');
      await options.getByLabel('App ID').fill(appId);
      await options.getByLabel('API token', { exact: true }).fill(apiToken);
      await options.getByRole('button', { name: 'Save' }).click();
      await expect(options.getByRole('status')).toContainText('Saved');
      await options.close();
    });
  },
});

export { expect };
