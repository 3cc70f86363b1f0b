import type { TemplateSummary } from '../../shared/protocol';
import { growSearchIndex, indexInIdleTime, searchWithTotal, type SearchHit, type SearchIndex } from '../../shared/search';

export const MAX_OPTIONS = 50;

// Folded in idle time after the picker opens (or by the first keystroke, if that
// comes sooner); kept across opens of the same catalogue in this page, and grown,
// not folded again, as the parts of a long list arrive.
// Rows of another version are other objects, so a list that does not extend the indexed one gets a new index.
let cachedIndex: { templates: TemplateSummary[]; index: SearchIndex<TemplateSummary> } | null = null;

const fieldsOf = (template: TemplateSummary) => [template.name, template.key];

function indexOf(templates: TemplateSummary[]): SearchIndex<TemplateSummary> {
  if (cachedIndex?.templates === templates) return cachedIndex.index;
  cachedIndex = { templates, index: growSearchIndex(cachedIndex?.index, templates, fieldsOf, { deferred: true }) };
  return cachedIndex.index;
}

const isListed = (template: TemplateSummary) => !template.archived;

/** The options to show and how many match in all: one search pass per keystroke (the empty query lists the templates as they are). */
export function matchesFor(templates: TemplateSummary[], query: string): { hits: SearchHit<TemplateSummary>[]; total: number } {
  return searchWithTotal(indexOf(templates), query, { filter: isListed, limit: MAX_OPTIONS });
}

/** Folds the search index in idle time, so the first keystroke does not pay for it. */
export function prepareSearch(templates: TemplateSummary[]): () => void {
  return indexInIdleTime(indexOf(templates));
}
