import type { TemplateSummary } from '../../shared/protocol';
import { createSearchIndex, search, type SearchHit, type SearchIndex } from '../../shared/search';

export const MAX_OPTIONS = 50;

// Built when the page is idle after the picker opens (about 45 ms for 5,000
// templates), or on the first keystroke if that comes sooner; kept across opens
// of the same catalogue in this page.
let cachedIndex: { version: string; index: SearchIndex<TemplateSummary> } | null = null;

function indexOf(templates: TemplateSummary[], fetchedAt: number): SearchIndex<TemplateSummary> {
  const version = `${fetchedAt}:${templates.length}:${templates[0]?.key ?? ''}`;
  if (cachedIndex?.version !== version) cachedIndex = { version, index: createSearchIndex(templates, (t) => [t.name, t.key]) };
  return cachedIndex.index;
}

const isListed = (template: TemplateSummary) => !template.archived;

/** The options to show and how many match in all: one search pass per keystroke. */
export function matchesFor(templates: TemplateSummary[], fetchedAt: number, query: string): { hits: SearchHit<TemplateSummary>[]; total: number } {
  if (!query.trim()) {
    const listed = templates.filter(isListed);
    return { hits: listed.slice(0, MAX_OPTIONS).map((item, index) => ({ item, index, score: 0, ranges: [] })), total: listed.length };
  }
  const all = search(indexOf(templates, fetchedAt), query, { filter: isListed });
  return { hits: all.slice(0, MAX_OPTIONS), total: all.length };
}


/** Builds the search index in idle time, so the first keystroke does not pay for it. */
export function prepareSearch(templates: TemplateSummary[], fetchedAt: number): () => void {
  const idle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
  const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
  const handle = idle(() => indexOf(templates, fetchedAt), { timeout: 2_000 });
  return () => cancel(handle as number);
}
