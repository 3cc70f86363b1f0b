import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';

const USUAL_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const CHROMIUM_INSTALL_HINT =
  'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
  'or point CHROMIUM_PATH at a Chromium or Chrome binary, e.g. `CHROMIUM_PATH=/path/to/chromium npm run demo`.';

/** CHROMIUM_PATH wins; otherwise the first usual install path that exists. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return USUAL_CHROMIUM_PATHS.find((candidate) => existsSync(candidate));
}

export function requireChromium(): string {
  const found = findChromium();
  if (!found) {
    const why = process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist. ` : '';
    throw new Error(why + CHROMIUM_INSTALL_HINT);
  }
  return found;
}

/** The build under test; EXTENSION_DIST points at another one (e.g. main's, to see a test fail before a fix). */
export const EXTENSION_DIST = process.env.EXTENSION_DIST ? path.resolve(process.env.EXTENSION_DIST) : path.resolve(import.meta.dirname, '../../dist');

export interface LaunchOptions {
  /** Port of the CleverTap sandbox; *.dashboard.clevertap.com resolves to it. */
  clevertapPort?: number;
  /** Port of the Sendbird stand-in; *.sendbird.com resolves to it. */
  sendbirdPort?: number;
  /** Load the built extension from this folder (default: dist/). Pass null for none. */
  extensionPath?: string | null;
  headless?: boolean;
  userDataDir?: string;
  /** Browser UI language (e.g. 'ko', 'ja'): what chrome.i18n picks messages for. Default: the machine's. */
  lang?: string;
  /**
   * A first install opens the options page with a welcome (src/background/welcome.ts).
   * By default, in a fresh profile (an empty userDataDir), the launch waits for that tab
   * and closes it, so every test starts from the same pages; 'keep' leaves it for a test
   * of the welcome itself.
   */
  welcome?: 'close' | 'keep';
}

/** The options page the extension opens on a first install. */
export const WELCOME_URL_PATTERN = /^chrome-extension:\/\/[a-p]{32}\/src\/options\/index\.html\?welcome$/;

/**
 * Real Chromium with the stand-ins on their real host names: DNS is remapped with
 * --host-resolver-rules, so the page and the service worker both make real TLS
 * requests to loopback. --ignore-certificate-errors is needed because Playwright's
 * ignoreHTTPSErrors does not cover the service worker.
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<BrowserContext> {
  const rules: string[] = [];
  if (options.clevertapPort) rules.push(`MAP *.dashboard.clevertap.com 127.0.0.1:${options.clevertapPort}`);
  if (options.sendbirdPort) rules.push(`MAP *.sendbird.com 127.0.0.1:${options.sendbirdPort}`);
  // Nothing else may leave the machine: unknown hosts fail fast instead of timing out.
  rules.push('MAP * ~NOTFOUND', 'EXCLUDE localhost', 'EXCLUDE 127.0.0.1');
  const extensionPath = options.extensionPath === undefined ? EXTENSION_DIST : options.extensionPath;
  const args = [
    `--host-resolver-rules=${rules.join(', ')}`,
    '--ignore-certificate-errors',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
  ];
  // --lang sets Chromium's UI language; on Linux LANGUAGE must agree or it wins.
  if (options.lang) args.push(`--lang=${options.lang}`);
  if (extensionPath) {
    if (!existsSync(path.join(extensionPath, 'manifest.json'))) {
      throw new Error(`No built extension in ${extensionPath}: run \`npm run build\` first.`);
    }
    args.push(`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'sb-ct-profile-'));
  const firstInstall = Boolean(extensionPath) && readdirSync(userDataDir).length === 0;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: requireChromium(),
    headless: options.headless ?? true,
    args,
    ignoreHTTPSErrors: true,
    chromiumSandbox: false,
    viewport: { width: 1280, height: 860 },
    ...(options.lang ? { locale: options.lang, env: { ...process.env, LANGUAGE: options.lang, LANG: `${options.lang}.UTF-8` } } : {}),
  });
  if (firstInstall && options.welcome !== 'keep' && opensWelcome(extensionPath!)) {
    await closeWelcome(context).catch(async (error: unknown) => {
      await context.close();
      throw error;
    });
  }
  return context;
}

/**
 * Closes the welcome tab, and only it, once it has rendered its welcome. Closed while still
 * loading, Chromium can leave the extension's renderer process with an empty message
 * bundle, and every extension page opened after it then shows message keys instead of text
 * (measured: 3 of 8 fresh profiles; the options page's "App ID" label was "options_appId").
 */
async function closeWelcome(context: BrowserContext): Promise<void> {
  const welcome = await welcomePage(context);
  await welcome.locator('#welcome-title').filter({ hasNotText: 'options_welcomeTitle' }).waitFor({ timeout: 20_000 });
  await welcome.close();
}

/** Builds from before the welcome (an older main under EXTENSION_DIST) open none. */
function opensWelcome(extensionPath: string): boolean {
  const messages = path.join(extensionPath, '_locales/en/messages.json');
  return existsSync(messages) && 'options_welcomeTitle' in JSON.parse(readFileSync(messages, 'utf8'));
}

/** The welcome tab, once the extension has opened it (it does so as its worker first starts). */
export async function welcomePage(context: BrowserContext, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const page = context.pages().find((candidate) => WELCOME_URL_PATTERN.test(candidate.url()));
    if (page) return page;
    if (Date.now() > deadline) throw new Error(`The extension opened no welcome page within ${timeout / 1000} s of a first install.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The extension id, taken as soon as its service worker is up. */
export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}
