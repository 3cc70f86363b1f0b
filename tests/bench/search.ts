/**
 * 5. Search: per-keystroke filter time over 5,000 and 20,000 templates, in Chromium.
 *
 * The shipped search (src/shared/search.ts, bundled by Vite for the page) runs
 * in a blank tab of the extension's Chromium, over the same summaries
 * templates.list sends the picker (normalized, newest first). Each keystroke
 * of each query (typed one character at a time, typos included) is timed as
 * TemplateCombobox spends it: search for the 50 options shown, then search
 * again for the total behind "N more". One untimed round first (JIT warm-up).
 * performance.now() in a non-isolated page is coarsened to 0.1 ms.
 */
import { normalizeTemplate } from '../../src/background/sendbird/normalize-template';
import { generateCatalogue } from '../fakes/sendbird';
import { bundleForPage } from './bundle';
import type { BenchEnv } from './env';
import { sampled, type Row } from './report';
import { summarize } from './stats';

export const QUERIES = ['welcome offer', 'birthday suprise', 'carousle', 'order_shipped', 'black friday', '주문 배송', 'quartely statment', 'zzzz'];
const FRAME_MS = 1000 / 60;

export function catalogueSummaries(count: number) {
  return generateCatalogue(count)
    .map((raw) => normalizeTemplate(raw))
    .flatMap((result) => (result.ok ? [result.template] : []))
    .sort((a, b) => b.updatedAt - a.updatedAt || a.key.localeCompare(b.key))
    .map((t) => ({ key: t.key, name: t.name, archived: t.archived }));
}

interface SearchResult {
  build: number[];
  keystroke: number[];
  hitsOnly: number[];
  firstRound: number[];
}

export async function measureSearch(env: BenchEnv): Promise<{ rows: Row[]; details: Record<string, unknown> }> {
  const code = await bundleForPage('in-page-search.ts');
  const { context } = await env.withExtension();
  const rows: Row[] = [];
  const details: Record<string, unknown> = {};
  const section = 'search';
  const keystrokes = QUERIES.reduce((total, q) => total + q.length, 0);
  for (const count of [5_000, 20_000]) {
    const summaries = catalogueSummaries(count);
    const size = count.toLocaleString('en-US');
    const page = await context.newPage();
    try {
      await page.addScriptTag({ content: code });
      const rounds = env.runs(5);
      const result = await page.evaluate(
        ([summaries, queries, rounds]) =>
          (globalThis as unknown as { __benchSearch: { benchSearch(s: unknown, q: string[], r: number): SearchResult } }).__benchSearch.benchSearch(summaries, queries, rounds),
        [summaries, QUERIES, rounds] as const,
      );
      const hits = summarize(result.hitsOnly);
      rows.push(
        sampled(section, `per keystroke, as the picker filters (50 options + total count), ${size}`, 'ms', result.keystroke, {
          warmup: 1,
          floor: hits.median,
          floorKind: 'measured',
          floorNote: 'the search alone, stopping at the 50 shown (median)',
          note: `${QUERIES.length} queries typed a character at a time (${keystrokes} keystrokes) × ${rounds} rounds, 1 untimed round first; frame budget ${FRAME_MS.toFixed(1)} ms`,
        }),
        sampled(section, `one search pass (50 options), ${size}`, 'ms', result.hitsOnly, { warmup: 1 }),
        sampled(section, `per keystroke, first round (cold JIT, what the first queries after opening see), ${size}`, 'ms', result.firstRound, {
          note: 'the warm-up round above, kept apart: fresh page, first calls of the search code',
        }),
        sampled(section, `search index build over ${size} (first keystroke per catalogue)`, 'ms', result.build, { warmup: 1, note: 'createSearchIndex, names and keys' }),
      );
      details[`search:${count}`] = { catalogue: summaries.length, queries: QUERIES, rounds, ...result };
    } finally {
      await page.close();
    }
  }
  return { rows, details };
}
