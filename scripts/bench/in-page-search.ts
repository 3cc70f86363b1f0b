/**
 * Runs inside a Chromium page (bundled by scripts/bench/bundle.ts): the
 * picker's search, called exactly as TemplateCombobox calls it per keystroke.
 */
import { createSearchIndex, search } from '../../src/shared/search';

interface Summary {
  key: string;
  name: string;
  archived: boolean;
}

const MAX_OPTIONS = 50;
const notArchived = (t: Summary) => !t.archived;

function benchSearch(summaries: Summary[], queries: string[], rounds: number) {
  const time = (work: () => unknown) => {
    const started = performance.now();
    work();
    return performance.now() - started;
  };
  const build: number[] = [];
  // The first build is what a picker's first open pays (cold JIT); it is kept apart.
  let index = createSearchIndex(summaries, (t) => [t.name, t.key]);
  for (let i = 0; i < 6; i++) build.push(time(() => (index = createSearchIndex(summaries, (t) => [t.name, t.key]))));

  const keystroke: number[] = [];
  const hitsOnly: number[] = [];
  const countOnly: number[] = [];
  const firstRound: number[] = [];
  // Round 0 types every query once as a warm-up (JIT, fold cache) and is left out.
  for (let round = 0; round <= rounds; round++) {
    for (const query of queries) {
      for (let length = 1; length <= query.length; length++) {
        const typed = query.slice(0, length);
        // TemplateCombobox: the 50 options shown, then the total behind "N more".
        const a = time(() => search(index, typed, { filter: notArchived, limit: MAX_OPTIONS }));
        const b = time(() => (typed ? search(index, typed, { filter: notArchived }).length : summaries.filter(notArchived).length));
        if (round === 0) {
          firstRound.push(a + b);
          continue;
        }
        hitsOnly.push(a);
        countOnly.push(b);
        keystroke.push(a + b);
      }
    }
  }
  return { build: build.slice(1), keystroke, hitsOnly, countOnly, firstRound, crossOriginIsolated: globalThis.crossOriginIsolated };
}

(globalThis as unknown as { __benchSearch: unknown }).__benchSearch = { benchSearch };
