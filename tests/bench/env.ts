/**
 * What every measurement shares: the two stand-ins, Chromium with the built
 * extension (launched once, demo credentials saved through the options page as
 * a marketer would), Chromium without it, and small helpers to drive both.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, CDPSession, Locator, Page } from '@playwright/test';
import { extensionIdOf, launchChromium } from '../support/chromium';
import { demoApp, startSendbirdStandIn, type SendbirdStandIn } from '../fakes/sendbird';
import { startClevertapSandbox, type ClevertapSandbox } from '../fakes/clevertap';
import { CLEVERTAP_ACCOUNT_ID, DEMO_API_TOKEN, DEMO_APP_ID, clevertapOrigin } from '../fakes/demo-app';
import { countCacheRecords } from '../support/catalogue-cache';
import { sleep } from './stats';

export const EXTENSION_NAME = 'Sendbird Business Messaging for CleverTap';
/** A new webhook campaign with the Sendbird multi webhook preselected: where the picker is used. */
export const CAMPAIGN_URL = `${clevertapOrigin()}/${CLEVERTAP_ACCOUNT_ID}/campaigns/campaign/new/webhook?webhook=sendbird-multi`;
export const TEMPLATES_PATH = '/v3/notifications/templates';

export interface BenchOptions {
  latencyMs: number;
  /** Multiplies every measurement's default run count (from --runs). */
  runs: number | undefined;
  only: Set<string> | undefined;
  headless: boolean;
  /** The built extension this run loads (a private copy, so a concurrent `npm run build` cannot change it mid-run). */
  extensionDir: string;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** An options page kept open: the trusted sender for protocol messages. */
  optionsPage: Page;
}

export class BenchEnv {
  private extension?: Promise<ExtensionBrowser>;
  private plainBrowser?: Promise<BrowserContext>;
  private floorBrowser?: Promise<ExtensionBrowser>;
  private readonly profiles: string[] = [];

  private constructor(
    readonly options: BenchOptions,
    readonly sendbird: SendbirdStandIn,
    readonly clevertap: ClevertapSandbox,
  ) {}

  static async start(options: BenchOptions): Promise<BenchEnv> {
    const sendbird = await startSendbirdStandIn();
    const clevertap = await startClevertapSandbox({ sendbirdPort: sendbird.port });
    const env = new BenchEnv(options, sendbird, clevertap);
    env.setLatency();
    return env;
  }

  get latencyMs(): number {
    return this.options.latencyMs;
  }

  /** The added latency per Sendbird request, as --latency asked (re-applied after anything that clears faults). */
  setLatency(): void {
    this.sendbird.faults.set({ latencyMs: this.options.latencyMs });
  }

  /** Run count for a measurement: its default, or --runs when given. */
  runs(defaultRuns: number): number {
    return this.options.runs ?? defaultRuns;
  }

  /** The demo app served with this many templates (the seed catalogue when undefined). */
  serveCatalogue(templates: unknown[] | undefined): void {
    const app = demoApp();
    this.sendbird.setApp(templates ? { ...app, templates } : app);
  }

  withExtension(): Promise<ExtensionBrowser> {
    this.extension ??= (async () => {
      const context = await launchChromium({
        sendbirdPort: this.sendbird.port,
        clevertapPort: this.clevertap.port,
        headless: this.options.headless,
        userDataDir: this.profile(),
        extensionPath: this.options.extensionDir,
      });
      const extensionId = await extensionIdOf(context);
      const optionsPage = await context.newPage();
      await optionsPage.goto(`chrome-extension://${extensionId}/src/options/index.html`);
      await optionsPage.getByLabel('App ID').fill(DEMO_APP_ID);
      await optionsPage.getByLabel('API token', { exact: true }).fill(DEMO_API_TOKEN);
      await optionsPage.getByRole('button', { name: 'Save' }).click();
      await optionsPage.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
      return { context, extensionId, optionsPage };
    })();
    return this.extension;
  }

  /** The same Chromium build and flags, without the extension. */
  plain(): Promise<BrowserContext> {
    this.plainBrowser ??= launchChromium({
      sendbirdPort: this.sendbird.port,
      clevertapPort: this.clevertap.port,
      extensionPath: null,
      headless: this.options.headless,
      userDataDir: this.profile(),
    });
    return this.plainBrowser;
  }

  /**
   * The floor for what any extension built this way costs: the same build and
   * manifest, but every content script replaced by an empty one and the service
   * worker by a one-line message listener. Chromium's own price for injecting a
   * content script and for starting a worker, with none of our code.
   */
  floor(): Promise<ExtensionBrowser> {
    this.floorBrowser ??= (async () => {
      const dir = this.profile();
      cpSync(this.options.extensionDir, dir, { recursive: true });
      const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
        content_scripts?: { js?: string[] }[];
        background?: { service_worker?: string };
      };
      for (const script of manifest.content_scripts ?? []) for (const file of script.js ?? []) writeFileSync(path.join(dir, file), 'void 0;\n');
      const worker = manifest.background?.service_worker;
      if (worker) {
        writeFileSync(
          path.join(dir, worker),
          'chrome.runtime.onMessage.addListener((message, sender, sendResponse) => { sendResponse({ ok: true, data: { configured: false } }); });\n',
        );
      }
      const context = await launchChromium({
        sendbirdPort: this.sendbird.port,
        clevertapPort: this.clevertap.port,
        headless: this.options.headless,
        userDataDir: this.profile(),
        extensionPath: dir,
        // Its one-line worker opens no welcome tab, though the copied messages name one.
        welcome: 'keep',
      });
      const extensionId = await extensionIdOf(context);
      const optionsPage = await context.newPage();
      await optionsPage.goto(`chrome-extension://${extensionId}/src/options/index.html`);
      return { context, extensionId, optionsPage };
    })();
    return this.floorBrowser;
  }

  /** Forgets the cached catalogue the way the product does: clear, then save the same credentials. */
  async clearCatalogueCache(): Promise<void> {
    const { optionsPage } = await this.withExtension();
    await message(optionsPage, 'settings.clear', {});
    const saved = await message(optionsPage, 'settings.save', { appId: DEMO_APP_ID, apiToken: DEMO_API_TOKEN, apiHost: '' });
    if (!saved.reply.ok) throw new Error(`settings.save failed: ${JSON.stringify(saved.reply)}`);
  }

  /** Clears the cache and syncs the served catalogue (templates.list "force"), checking that all `count` arrived. */
  async syncCatalogue(count: number): Promise<void> {
    const { optionsPage } = await this.withExtension();
    await this.clearCatalogueCache();
    const { reply } = await message(optionsPage, 'templates.list', { freshness: 'force' });
    const listed = listedCount(reply.data);
    if (!reply.ok || listed !== count) throw new Error(`sync of ${count} failed (${listed} listed): ${JSON.stringify(reply).slice(0, 300)}`);
  }

  /** "Chromium 156.…" from whichever browser was launched, if any. */
  async browserVersion(): Promise<string | undefined> {
    const launched = this.extension ? (await this.extension).context : this.plainBrowser ? await this.plainBrowser : undefined;
    if (!launched) return undefined;
    const page = launched.pages()[0] ?? (await launched.newPage());
    const session = await launched.newCDPSession(page);
    try {
      const { product } = await session.send('Browser.getVersion');
      return product.replace('HeadlessChrome', 'Chromium (headless)').replace('/', ' ');
    } catch {
      return undefined;
    } finally {
      await session.detach().catch(() => {});
    }
  }

  async close(): Promise<void> {
    const closing: Promise<unknown>[] = [];
    if (this.extension) closing.push(this.extension.then((b) => b.context.close()).catch(() => {}));
    if (this.plainBrowser) closing.push(this.plainBrowser.then((c) => c.close()).catch(() => {}));
    if (this.floorBrowser) closing.push(this.floorBrowser.then((b) => b.context.close()).catch(() => {}));
    await Promise.all(closing);
    await this.clevertap.close().catch(() => {});
    await this.sendbird.close().catch(() => {});
    for (const dir of this.profiles) rmSync(dir, { recursive: true, force: true });
  }

  private profile(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'sb-ct-bench-'));
    this.profiles.push(dir);
    return dir;
  }
}

export interface TimedReply {
  /** Round trip inside the page, performance.now() before sendMessage to the reply. */
  ms: number;
  /** Date.now() in the page when the message was sent (same clock as the stand-in's request log). */
  sentAt: number;
  reply: { ok: boolean; data?: unknown; failure?: { kind: string; message: string } };
}

/** Sends a protocol message from an extension page and times the round trip in the page itself. */
export async function message(page: Page, type: string, payload: unknown): Promise<TimedReply> {
  return page.evaluate(
    async ([type, payload]) => {
      const sentAt = Date.now();
      const started = performance.now();
      const reply = (await chrome.runtime.sendMessage({ type, payload })) as TimedReply['reply'];
      return { ms: performance.now() - started, sentAt, reply };
    },
    [type, payload] as const,
  );
}

/** How many templates a templates.list answer lists. */
export function listedCount(data: unknown): number | undefined {
  const answer = data as { templates?: unknown[]; total?: number } | undefined;
  return answer?.total ?? answer?.templates?.length;
}

export const webhookEditor = (page: Page) => page.getByRole('dialog', { name: 'Create Webhook Content' });
export const pickerRegion = (scope: Page | Locator) => scope.getByRole('region', { name: 'Sendbird Business Messaging' });

/** Loads the campaign page and waits until Go To Editor can be clicked. */
export async function openCampaign(page: Page): Promise<void> {
  await page.goto(CAMPAIGN_URL);
  await page.getByRole('button', { name: 'Go To Editor' }).waitFor();
}

export async function openEditor(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Go To Editor' }).click();
  const editor = webhookEditor(page);
  await editor.waitFor();
  return editor;
}

export async function closeEditor(page: Page): Promise<void> {
  await webhookEditor(page).getByRole('button', { name: 'Cancel' }).click();
  await webhookEditor(page).waitFor({ state: 'detached' });
}

export async function cdp(context: BrowserContext, page: Page): Promise<CDPSession> {
  return context.newCDPSession(page);
}

/**
 * Resolves (wall clock, ms) once the extension's templates store holds `count`
 * records, counted from an extension page every 50 ms: a sync writes them after
 * it answers, in chunks. Rejects after 60 s.
 */
export async function templateRecordsWritten(page: Page, count: number): Promise<number> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const written = await page.evaluate(countCacheRecords, 'templates');
    if (written >= count) return Date.now();
    if (Date.now() > deadline) throw new Error(`expected ${count} template records written, found ${written} after 60 s`);
    await sleep(50);
  }
}
