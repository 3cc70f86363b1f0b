import type { TemplateSummary } from '../../shared/protocol';
import { createSearchIndex, indexInIdleTime, searchWithTotal, type SearchHit, type SearchIndex } from '../../shared/search';

export const MAX_OPTIONS = 50;

// Folded in idle time after the picker opens (or by the first keystroke, if that
// comes sooner); kept across opens of the same catalogue in this page.
let cachedIndex: { version: string; index: SearchIndex<TemplateSummary> } | null = null;

function indexOf(templates: TemplateSummary[], fetchedAt: number): SearchIndex<TemplateSummary> {
  const version = `${fetchedAt}:${templates.length}:${templates[0]?.key ?? ''}`;
  if (cachedIndex?.version !== version) cachedIndex = { version, index: createSearchIndex(templates, (t) => [t.name, t.key], { deferred: true }) };
  return cachedIndex.index;
}

const isListed = (template: TemplateSummary) => !template.archived;

/** The options to show and how many match in all: one search pass per keystroke. */
export function matchesFor(templates: TemplateSummary[], fetchedAt: number, query: string): { hits: SearchHit<TemplateSummary>[]; total: number } {
  if (!query.trim()) {
    const hits: SearchHit<TemplateSummary>[] = [];
    let total = 0;
    for (let index = 0; index < templates.length; index++) {
      const item = templates[index] as TemplateSummary;
      if (!isListed(item)) continue;
      if (total++ < MAX_OPTIONS) hits.push({ item, index, score: 0, ranges: [] });
    }
    return { hits, total };
  }
  return searchWithTotal(indexOf(templates, fetchedAt), query, { filter: isListed, limit: MAX_OPTIONS });
}

/** Folds the search index in idle time, so the first keystroke does not pay for it. */
export function prepareSearch(templates: TemplateSummary[], fetchedAt: number): () => void {
  return indexInIdleTime(indexOf(templates, fetchedAt));
}
