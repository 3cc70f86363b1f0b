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

export const popupUrl = (extensionId: string) => `chrome-extension://${extensionId}/src/popup/index.html`;

const PROBE = String.raw`(() => {
  const bench = (globalThis.__sbPopup = { readyAt: null });
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

/** Opens the popup page `runs` + 1 times (the first a warm-up, left out): navigation start → first option laid out. */
async function popupReadyTimes(browser: ExtensionBrowser, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const page = await browser.context.newPage();
    try {
      await page.addInitScript(PROBE);
      await page.goto(popupUrl(browser.extensionId));
      await page.waitForFunction(() => (globalThis as unknown as { __sbPopup?: { readyAt: number | null } }).__sbPopup?.readyAt != null, undefined, { timeout: 30_000 });
      const readyAt = await page.evaluate(() => (globalThis as unknown as { __sbPopup: { readyAt: number } }).__sbPopup.readyAt);
      if (i > 0) samples.push(readyAt);
    } finally {
      await page.close();
    }
  }
  return samples;
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
      sampled('popup', `popup ready, warm cache, ${variant.label}`, 'ms', samples, {
        warmup: 1,
        note: 'new tab on the popup page, catalogue cached and fresh, right after the first sync (its template records still being written); navigation start → first template option laid out',
      }),
      sampled('popup', `popup ready, warm cache, records written, ${variant.label}`, 'ms', settled, {
        warmup: 1,
        note: 'the same, once every template record of that sync is written',
      }),
    );
    details[`popup:${variant.count}`] = samples;
    details[`popup:settled:${variant.count}`] = settled;
  }
  env.serveCatalogue(undefined);
  await env.clearCatalogueCache();
  return { rows, details };
}
