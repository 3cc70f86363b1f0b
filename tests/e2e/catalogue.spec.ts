import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { demoApp, generateCatalogue } from '../fakes/sendbird';
import { DEMO_APP_ID } from '../fakes/demo-app';
import { newWebhookCampaign, openEditor, picker } from './support/clevertap';
import { evaluateInContentScript } from '../support/isolated-world';
import { countCacheRecords } from '../support/catalogue-cache';
import pkg from '../../package.json' with { type: 'json' };

const TEMPLATES_PATH = '/v3/notifications/templates';

/**
 * Asks the real background, from a real extension page, as the popup does: the
 * packed list unpacked (rows start with the key), and a list that crosses in
 * parts followed part by part until it is whole.
 */
async function listTemplates(page: Page, freshness: 'cached' | 'force' | 'wait') {
  return page.evaluate(async (payload) => {
    type Data = { list?: string; from?: number; total: number; version: string; stale: boolean };
    const ask = async (request: object) => (await chrome.runtime.sendMessage({ type: 'templates.list', payload: request })) as { ok: boolean; data?: Data };
    const reply = await ask(payload);
    const rows = reply.data?.list === undefined ? [] : (JSON.parse(reply.data.list) as [string][]);
    while (reply.ok && reply.data!.from !== undefined && rows.length < reply.data!.total) {
      const part = await ask({ freshness: 'cached', have: reply.data!.version, from: rows.length });
      if (!part.ok || part.data!.version !== reply.data!.version || part.data!.from !== rows.length) throw new Error(`part from ${rows.length}: ${JSON.stringify(part).slice(0, 200)}`);
      rows.push(...(JSON.parse(part.data!.list!) as [string][]));
    }
    return { ...reply, data: reply.data && { ...reply.data, templates: rows.map(([key]) => ({ key })) } };
  }, { freshness }) as Promise<{ ok: boolean; data?: { templates: { key: string }[]; stale: boolean }; failure?: { kind: string; message: string } }>;
}

test('a catalogue of 1,000 templates arrives complete, 100 a page, read from both ends of the list at once', async ({ sendbird, saveCredentials, openExtensionPage }) => {
  sendbird.setApp({ ...demoApp(), templates: generateCatalogue(1_000) });
  await saveCredentials();
  const page = await openExtensionPage('src/options/index.html');
  const reply = await listTemplates(page, 'force');
  expect(reply.ok).toBe(true);
  const keys = reply.data!.templates.map((t) => t.key);
  expect(keys).toHaveLength(1_000);
  expect(new Set(keys).size).toBe(1_000);
  const pages = sendbird.requests.filter((r) => r.path === TEMPLATES_PATH);
  expect(pages.every((r) => r.query.limit === '100')).toBe(true);
  // Newest first and oldest first at once: about 5 pages each way (one more each may be in flight when
  // they meet), then the newest page once more for templates edited meanwhile. One cursor would take 10 in a row.
  const newestFirst = pages.filter((r) => r.query.reverse === 'true');
  expect(newestFirst.length).toBeLessThanOrEqual(8);
  expect(pages.filter((r) => r.query.reverse === 'false').length).toBeLessThanOrEqual(7);
  const requests = pages.length;

  // Cached now: a second reader gets it without another sync.
  const cached = await listTemplates(page, 'cached');
  expect(cached.data!.templates).toHaveLength(1_000);
  expect(sendbird.requests.filter((r) => r.path === TEMPLATES_PATH)).toHaveLength(requests);
});

test('a burst of 429s in the middle of pagination is waited out without starting over', async ({ sendbird, saveCredentials, openExtensionPage }) => {
  sendbird.setApp({ ...demoApp(), templates: generateCatalogue(1_000) });
  await saveCredentials();
  sendbird.faults.set({ rateLimited: { count: 4, retryAfterMs: 150 }, afterRequests: 4 });
  const page = await openExtensionPage('src/options/index.html');
  const reply = await listTemplates(page, 'force');
  expect(reply.data?.templates).toHaveLength(1_000);

  const pages = sendbird.requests.filter((r) => r.path === TEMPLATES_PATH);
  expect(pages.filter((r) => r.status === 429)).toHaveLength(4);
  expect(pages.slice(0, 4).every((r) => r.status === 200)).toBe(true);
  // Each throttled page was asked for again with the same page token (in the same direction), never
  // sooner than Sendbird asked; no walk started over (the only other repeat is the newest page read again).
  const asked = (r: (typeof pages)[number]) => `${r.query.reverse} ${r.query.token ?? ''}`;
  pages.forEach((r, i) => {
    if (r.status !== 429) return;
    const again = pages.slice(i + 1).find((later) => asked(later) === asked(r));
    expect(again).toBeDefined();
    expect(again!.time - r.time).toBeGreaterThanOrEqual(140);
  });
  const answered = pages.filter((r) => r.status === 200).map(asked);
  expect(answered.length - new Set(answered).size).toBeLessThanOrEqual(1);
});

test('a wrong token shows the invalid-credentials error in the picker, with a way forward', async ({ context, saveCredentials }) => {
  await saveCredentials({ apiToken: 'not-the-right-token' });
  const page = await context.newPage();
  await newWebhookCampaign(page);
  const region = picker(await openEditor(page));
  await expect(region).toContainText('Sendbird rejected the API token (Sendbird code 400401)');
  await expect(region.getByRole('button', { name: 'Check settings' })).toBeVisible();
  await expect(region).not.toContainText('not-the-right-token');
});

test('only the service worker ever calls Sendbird', async ({ context, sendbird, saveCredentials, extensionId }) => {
  const fromPages: string[] = [];
  const fromWorker: string[] = [];
  context.on('request', (request) => {
    if (!new URL(request.url()).hostname.endsWith('sendbird.com')) return;
    (request.serviceWorker() ? fromWorker : fromPages).push(request.url());
  });
  await saveCredentials();
  const page = await context.newPage();
  await newWebhookCampaign(page);
  const region = picker(await openEditor(page));
  await expect(region.getByRole('combobox', { name: 'Template' })).toBeVisible();
  await region.getByRole('button', { name: 'Refresh' }).click();
  await expect(region).toContainText('templates');
  await region.getByRole('combobox', { name: 'Template' }).click();
  await region.getByRole('option').first().click();

  const templateCalls = sendbird.requests.filter((r) => r.path.startsWith(TEMPLATES_PATH));
  expect(templateCalls.length).toBeGreaterThanOrEqual(2);
  // The stand-in saw no call from a CleverTap origin, and Chromium attributes every call to the worker.
  for (const call of templateCalls) {
    expect(call.host).toBe(`api-${DEMO_APP_ID.toLowerCase()}.sendbird.com`);
    expect(call.headers.origin ?? `chrome-extension://${extensionId}`).toBe(`chrome-extension://${extensionId}`);
  }
  expect(fromPages).toEqual([]);
  expect(fromWorker.length).toBeGreaterThanOrEqual(2);
});

test('without settings the picker says so and opens the options page', async ({ context }) => {
  const page = await context.newPage();
  await newWebhookCampaign(page);
  const region = picker(await openEditor(page));
  await expect(region).toContainText('Connect your Sendbird app');
  const opened = context.waitForEvent('page');
  await region.getByRole('button', { name: 'Open settings' }).click();
  await expect(await opened).toHaveURL(/src\/options\/index\.html/);
});

test('when Sendbird is down, the picker keeps working from the last good catalogue and says so', async ({ context, sendbird, saveCredentials }) => {
  await saveCredentials();
  const page = await context.newPage();
  await newWebhookCampaign(page);
  let region = picker(await openEditor(page));
  await expect(region).toContainText('28 templates');
  await page.getByRole('button', { name: 'Cancel' }).click();

  sendbird.faults.set({ serverErrors: 50 });
  region = picker(await openEditor(page));
  await region.getByRole('button', { name: 'Refresh' }).click();
  await expect(region).toContainText('Showing the last templates we could load', { timeout: 30_000 });
  await region.getByRole('combobox', { name: 'Template' }).click();
  await expect(region.getByRole('option', { name: 'Order shipped' })).toBeVisible();
});

/**
 * Installed in our content script's world before the dialog opens: records each
 * state the picker's header shows (its status text, and how many options the
 * Template box holds) from the moment its shadow root is created. React commits
 * a list answer to the DOM before the next answer can arrive (a new task), and
 * the observer reads the DOM in between: no state the picker showed is missed.
 */
const RECORD_PICKER_STATES = `(() => {
  globalThis.__pickerStates = [];
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    if (this.hasAttribute('data-sendbird-picker')) {
      const record = () => {
        const status = root.querySelector('[role="status"]');
        const state = { status: status ? status.textContent : '', options: root.querySelectorAll('[role="option"]').length };
        const last = globalThis.__pickerStates.at(-1);
        if (!last || last.status !== state.status || last.options !== state.options) globalThis.__pickerStates.push(state);
      };
      new MutationObserver(record).observe(root, { childList: true, subtree: true, characterData: true });
    }
    return root;
  };
  return true;
})()`;

test('a new page shows the first screen of a large cached catalogue before the rest has crossed', async ({ context, sendbird, saveCredentials, openExtensionPage }) => {
  const raw = generateCatalogue(5_000) as { is_archived?: boolean }[];
  const listed = raw.filter((template) => !template.is_archived).length.toLocaleString('en-US');
  sendbird.setApp({ ...demoApp(), templates: raw });
  await saveCredentials();
  const popup = await openExtensionPage('src/popup/index.html');
  await expect(popup.getByTestId('freshness')).toContainText('Cached', { timeout: 90_000 });
  await popup.close();

  const page = await context.newPage();
  await newWebhookCampaign(page);
  await evaluateInContentScript(context, page, pkg.displayName, RECORD_PICKER_STATES);
  const region = picker(await openEditor(page));
  await expect(region.getByRole('status').first()).toContainText(`${listed} templates`, { timeout: 90_000 });

  const states = (await evaluateInContentScript(context, page, pkg.displayName, 'globalThis.__pickerStates')) as { status: string; options: number }[];
  const firstListed = states.findIndex((state) => state.options > 0);
  const complete = states.findIndex((state) => state.status.startsWith(`${listed} templates`));
  // The first state with templates to choose from is the first screen, said as still arriving, and comes before the whole list.
  // Counted as the picker counts (it never lists archived ones): the templates it offers so far, of the ones it will offer.
  expect(states[firstListed]?.status, JSON.stringify(states)).toMatch(new RegExp(`^Loading templates… [\\d,]+ of ${listed}\\.`));
  const soFar = Number(states[firstListed]!.status.match(/… ([\d,]+) of/)![1]!.replace(/,/g, ''));
  expect(soFar).toBeLessThan(Number(listed.replace(/,/g, '')));
  expect(firstListed).toBeLessThan(complete);
});

/**
 * Keeps a read-write transaction on the cache's template store open from an extension page until
 * `globalThis.releaseTemplateStore()`: the worker's record writes queue behind it, as behind a busy disk.
 */
async function holdTemplateStore(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('sendbird-catalogue');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = db.transaction('templates', 'readwrite').objectStore('templates');
    let held = true;
    (globalThis as unknown as { releaseTemplateStore(): void }).releaseTemplateStore = () => (held = false);
    // A transaction stays open while it has a request pending.
    const keepOpen = () => {
      if (held) store.count().onsuccess = keepOpen;
      else db.close();
    };
    keepOpen();
  });
}

/** How many template records the cache holds, read from an extension page. */
const storedTemplates = (page: Page) => page.evaluate(countCacheRecords, 'templates');

test('a template opened right after a sync comes at once, while its record still waits to be stored', async ({ sendbird, saveCredentials, openExtensionPage }) => {
  test.setTimeout(240_000);
  const raw = generateCatalogue(1_000) as { key: string; name: string; updated_at: number; is_archived?: boolean }[];
  sendbird.setApp({ ...demoApp(), templates: raw });
  await saveCredentials();
  const options = await openExtensionPage('src/options/index.html');
  expect((await listTemplates(options, 'force')).data!.templates).toHaveLength(1_000);
  await expect.poll(() => storedTemplates(options), { timeout: 90_000 }).toBe(1_000);

  // A template is edited in Sendbird; while the cache's disk is busy, the marketer refreshes and opens it.
  const edited = raw.find((template) => !template.is_archived)!;
  const newest = Math.max(...raw.map((template) => template.updated_at));
  sendbird.setApp({ ...demoApp(), templates: raw.map((template) => (template === edited ? { ...template, name: 'Edited just now', updated_at: newest + 1 } : template)) });
  await holdTemplateStore(options);
  expect((await listTemplates(options, 'force')).ok).toBe(true);
  const popup = await openExtensionPage('src/popup/index.html');
  await popup.getByRole('searchbox', { name: 'Search templates' }).fill('Edited just now');
  await popup.getByRole('listbox', { name: 'Templates' }).getByRole('option').first().click();
  await expect(popup.locator('.detail-key')).toHaveText(edited.key);
  await expect(popup.getByRole('region', { name: /^Preview/ })).toBeVisible();
  // Served from the sync's memory: not read behind the held store (that waits, then asks Sendbird for it).
  expect(sendbird.requests.filter((r) => r.path === `${TEMPLATES_PATH}/${edited.key}`)).toHaveLength(0);

  // Once the store is free the records are written: the edited version only, each template once.
  await options.evaluate(() => (globalThis as unknown as { releaseTemplateStore(): void }).releaseTemplateStore());
  await expect.poll(() => storedTemplates(options), { timeout: 90_000 }).toBe(1_000);
});
