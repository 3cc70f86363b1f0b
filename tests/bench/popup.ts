/**
 * 9. Popup ready: the toolbar popup's page opened (in a tab, the same document
 * the toolbar shows) with the catalogue cached and fresh, from navigation start
 * (performance.timeOrigin) to the first DOM mutation after which the template
 * list holds options, laid out. The probe is added before the page's own
 * scripts run (Page.addScriptToEvaluateOnNewDocument through Playwright).
 * Taken right after the first sync (its template records still being written)
 * and again once they are all written.
 */
import { generateCatalogue, seedCatalogue } from '../fakes/sendbird';
import { type BenchEnv, type ExtensionBrowser, templateRecordsWritten } from './env';
import { sampled, type Row } from './report';
import { summarize } from './stats';

export const popupUrl = (extensionId: string) => `chrome-extension://${extensionId}/src/popup/index.html`;

const PROBE = String.raw`(() => {
  const bench = (globalThis.__sbPopup = { readyAt: null, messages: [] });
  // Each message the page sends, with when its answer came (the split between the worker's answer and the page's own work).
  const send = chrome.runtime.sendMessage;
  chrome.runtime.sendMessage = function (message, ...rest) {
    const entry = { type: message && message.type, from: message && message.payload && message.payload.from, sentAt: performance.now(), answeredAt: null };
    bench.messages.push(entry);
    const answer = send.call(this, message, ...rest);
    if (answer && typeof answer.then === 'function') answer.then(() => { entry.answeredAt = performance.now(); }, () => {});
    return answer;
  };
  const observer = new MutationObserver(() => {
    if (bench.readyAt != null) return;
    if (document.querySelector('[role="listbox"] [role="option"]')) {
      void document.documentElement.offsetHeight;
      bench.readyAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

interface ProbeMessage {
  type: string;
  from?: number;
  sentAt: number;
  answeredAt: number | null;
}

/** One popup open, in ms from navigation start: ready, and where the wait went (the first list request and setup.status, sent and answered). */
export interface PopupSample {
  readyAt: number;
  listSentAt: number;
  listAnsweredAt: number;
  setupAnsweredAt: number;
}

/** Opens the popup page `runs` + 1 times (the first a warm-up, left out): navigation start → first option laid out. */
async function popupReadyTimes(browser: ExtensionBrowser, runs: number): Promise<PopupSample[]> {
  const samples: PopupSample[] = [];
  for (let i = 0; i <= runs; i++) {
    const page = await browser.context.newPage();
    try {
      await page.addInitScript(PROBE);
      await page.goto(popupUrl(browser.extensionId));
      await page.waitForFunction(() => (globalThis as unknown as { __sbPopup?: { readyAt: number | null } }).__sbPopup?.readyAt != null, undefined, { timeout: 30_000 });
      const { readyAt, messages } = await page.evaluate(() => (globalThis as unknown as { __sbPopup: { readyAt: number; messages: ProbeMessage[] } }).__sbPopup);
      const list = messages.find((m) => m.type === 'templates.list');
      const setup = messages.find((m) => m.type === 'setup.status');
      if (i > 0) {
        samples.push({
          readyAt,
          listSentAt: list?.sentAt ?? Number.NaN,
          listAnsweredAt: list?.answeredAt ?? Number.NaN,
          setupAnsweredAt: setup?.answeredAt ?? Number.NaN,
        });
      }
    } finally {
      await page.close();
    }
  }
  return samples;
}

/** The medians of a run's splits, said in the row's note. */
function splitNote(samples: PopupSample[]): string {
  const med = (pick: (s: PopupSample) => number) => summarize(samples.map(pick).filter(Number.isFinite)).median.toFixed(0);
  return `split (medians, ms from navigation start): list asked at ${med((s) => s.listSentAt)}, answered at ${med((s) => s.listAnsweredAt)} (round trip ${med((s) => s.listAnsweredAt - s.listSentAt)}), setup.status answered at ${med((s) => s.setupAnsweredAt)}, ready ${med((s) => s.readyAt - Math.max(s.listAnsweredAt, s.setupAnsweredAt))} after the later answer`;
}

export async function measurePopup(env: BenchEnv): Promise<{ rows: Row[]; details: Record<string, unknown> }> {
  const browser = await env.withExtension();
  const rows: Row[] = [];
  const details: Record<string, unknown> = {};
  const seedCount = seedCatalogue().length;
  const variants = [
    { label: `demo app (${seedCount} templates)`, templates: undefined as unknown[] | undefined, count: seedCount },
    { label: '5,000 templates', templates: generateCatalogue(5_000), count: 5_000 },
    { label: '20,000 templates', templates: generateCatalogue(20_000), count: 20_000 },
  ];
  for (const variant of variants) {
    env.serveCatalogue(variant.templates);
    await env.syncCatalogue(variant.count);
    const runs = env.runs(6);
    const samples = await popupReadyTimes(browser, runs);
    // Opened again once the sync's template records are all written (a first sync writes them after it
    // answers, and the popups above open while it does): a popup opened later, as most are.
    await templateRecordsWritten(browser.optionsPage, variant.count);
    const settled = await popupReadyTimes(browser, runs);
    rows.push(
      sampled('popup', `popup ready, warm cache, ${variant.label}`, 'ms', samples.map((s) => s.readyAt), {
        warmup: 1,
        note: `new tab on the popup page, catalogue cached and fresh, right after the first sync (its template records still being written); navigation start → first template option laid out; ${splitNote(samples)}`,
      }),
      sampled('popup', `popup ready, warm cache, records written, ${variant.label}`, 'ms', settled.map((s) => s.readyAt), {
        warmup: 1,
        note: `the same, once every template record of that sync is written; ${splitNote(settled)}`,
      }),
    );
    details[`popup:${variant.count}`] = samples.map((s) => s.readyAt);
    details[`popup:settled:${variant.count}`] = settled.map((s) => s.readyAt);
    details[`popup:split:${variant.count}`] = samples;
    details[`popup:split:settled:${variant.count}`] = settled;
  }
  env.serveCatalogue(undefined);
  await env.clearCatalogueCache();
  return { rows, details };
}
