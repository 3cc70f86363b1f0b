/**
 * Runs inside a Chromium page (bundled by tests/bench/bundle.ts): the picker's
 * own per-keystroke function, matchesFor, exactly as TemplateCombobox calls it.
 */
import type { TemplateSummary } from '../../src/shared/protocol';
import { createSearchIndex, search } from '../../src/shared/search';
import { MAX_OPTIONS, matchesFor } from '../../src/content/picker/template-matches';

const notArchived = (t: TemplateSummary) => !t.archived;

function benchSearch(summaries: TemplateSummary[], queries: string[], rounds: number) {
  const time = (work: () => unknown) => {
    const started = performance.now();
    work();
    return performance.now() - started;
  };
  const build: number[] = [];
  // The first build is what the first keystroke after opening pays (cold JIT); it is kept apart.
  let index = createSearchIndex(summaries, (t) => [t.name, t.key]);
  for (let i = 0; i < 6; i++) build.push(time(() => (index = createSearchIndex(summaries, (t) => [t.name, t.key]))));

  const keystroke: number[] = [];
  const hitsOnly: number[] = [];
  const firstRound: number[] = [];
  // Round 0 types every query once as a warm-up (JIT, fold cache, the picker's index) and is left out.
  for (let round = 0; round <= rounds; round++) {
    for (const query of queries) {
      for (let length = 1; length <= query.length; length++) {
        const typed = query.slice(0, length);
        const whole = time(() => matchesFor(summaries, typed));
        if (round === 0) {
          firstRound.push(whole);
          continue;
        }
        keystroke.push(whole);
        // The floor: the search alone, stopping at the 50 shown (no total count).
        hitsOnly.push(time(() => search(index, typed, { filter: notArchived, limit: MAX_OPTIONS })));
      }
    }
  }
  return { build: build.slice(1), keystroke, hitsOnly, firstRound, crossOriginIsolated: globalThis.crossOriginIsolated };
}

(globalThis as unknown as { __benchSearch: unknown }).__benchSearch = { benchSearch };
