/**
 * Large catalogues (1,000 / 5,000 templates) for paging tests and benchmarks:
 * the seed templates re-keyed, renamed and re-dated by a seeded PRNG, so a
 * given (count, seed) always yields the same catalogue.
 */
import { seedCatalogue } from './seed-catalogue.ts';
import { CATALOGUE_NOW } from './template-builders.ts';

const YEAR_MS = 365 * 86_400_000;

const AUDIENCES = ['VIP', 'EU', 'US', 'APAC', 'New users', 'Win-back', 'Loyalty', 'Beta', 'QA', 'Retention', 'Spring', 'Black Friday', '신규 고객', '春のキャンペーン', '🔥 Hot'];
const SUFFIXES = ['', '', '', ' (A/B variant B)', ' – v2', ' – copy', ' (draft)', ' for returning customers who have not purchased in the last 90 days'];

/** mulberry32: tiny, fast and good enough to shuffle fixtures reproducibly. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function generateCatalogue(count: number, options: { seed?: number } = {}): unknown[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}.`);
  const random = mulberry32(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const seeds = seedCatalogue() as Record<string, unknown>[];
  const width = Math.max(5, String(count).length);

  const templates: Record<string, unknown>[] = [];
  let previousUpdatedAt = CATALOGUE_NOW;
  for (let i = 1; i <= count; i++) {
    const base = pick(seeds);
    const template = structuredClone(base);
    const key = `gen_${String(i).padStart(width, '0')}_${String(base.key)}`;
    template.key = key;
    if ('template_key' in template) template.template_key = key;
    template.name = `${pick(AUDIENCES)} · ${String(base.name)}${pick(SUFFIXES)}`;

    const createdAt = CATALOGUE_NOW - Math.floor(random() * YEAR_MS);
    // About one in thirty shares its neighbour's updated_at, so the key tie-break is always exercised.
    const updatedAt = random() < 0.033 && previousUpdatedAt >= createdAt ? previousUpdatedAt : createdAt + Math.floor(random() * (CATALOGUE_NOW - createdAt));
    template.created_at = createdAt;
    template.updated_at = updatedAt;
    previousUpdatedAt = updatedAt;

    if (random() < 0.04) template.is_archived = true;
    templates.push(template);
  }
  return templates;
}
