import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearchIndex, growSearchIndex, indexSome, search, searchAll, searchWithTotal, splitHighlights, type Range } from '../../../src/shared/search';

/** Whether `query` finds `text` (searching folds both sides the same way). */
const finds = (text: string, query: string) => search(createSearchIndex([text], (item) => [item]), query).length === 1;
import { generateCatalogue, seedCatalogue } from '../../fakes/sendbird';

interface Item {
  key: string;
  name: string;
  archived?: boolean;
}

const seeds: Item[] = (seedCatalogue() as Record<string, unknown>[]).map((raw) => ({
  key: String(raw.key ?? raw.template_key),
  name: String(raw.name),
  archived: raw.is_archived === true,
}));
const seedIndex = createSearchIndex(seeds, (item) => [item.name, item.key]);

const keys = (query: string, options = {}) => search(seedIndex, query, options).map((hit) => hit.item.key);
const highlighted = (text: string, ranges: readonly Range[] | undefined) =>
  splitHighlights(text, ranges ?? [])
    .filter((part) => part.match)
    .map((part) => part.text);

describe('folding', () => {
  it('ignores case, accents, width and separators', () => {
    expect(finds('Café  Déjà-vu_ŁÓDŹ', 'cafe deja vu lodz')).toBe(true);
    expect(finds('ＡＢＣ１２３', 'abc123')).toBe(true);
    expect(finds('Straße Œuvre', 'strasse oeuvre')).toBe(true);
    // Decomposed input (e + combining acute) folds like the precomposed form.
    expect(finds('Cafe\u0301', 'café')).toBe(true);
  });

  it('keeps Hangul syllables whole and drops emoji', () => {
    expect(finds('주문 배송 🎂', '주문 배송')).toBe(true);
    expect(finds('주문 배송', '주')).toBe(true);
  });
});

describe('matching', () => {
  it('matches names and keys, case-insensitively', () => {
    expect(keys('CAROUSEL')).toEqual(['new_arrivals_carousel']);
    expect(keys('order_status_data')).toEqual(['order_status_data']);
  });

  it('treats separators as spaces, and every word must match somewhere', () => {
    expect(keys('welcome offer')).toEqual(['welcome_offer']);
    expect(keys('ship order')).toEqual(['order_shipped']);
    expect(keys('welcome zebra')).toEqual([]);
  });

  it('is tolerant of accents in either direction', () => {
    const index = createSearchIndex([{ key: 'cafe_promo', name: 'Café promo – crème brûlée' }], (item) => [item.name, item.key]);
    expect(search(index, 'creme brulee')).toHaveLength(1);
    expect(search(index, 'CAFÉ')).toHaveLength(1);
  });

  it('tolerates small typos: a swap, a missing or an extra letter', () => {
    expect(keys('carousle')).toEqual(['new_arrivals_carousel']);
    expect(keys('brithday')).toEqual(['birthday_surprise']);
    expect(keys('paymnt')).toEqual(['payment_failed']);
    expect(keys('quartely statment')).toEqual(['quarterly_statement_ready']);
  });

  it('does not guess for very short words', () => {
    // Three letters: exact substrings only.
    expect(keys('qzx')).toEqual([]);
    expect(keys('shp')).toEqual([]);
  });

  it('finds Korean, Japanese and emoji names', () => {
    expect(keys('주문')).toEqual(['kr_shipping_started', 'alimtalk_order_confirmed']);
    expect(keys('ご予約')).toEqual(['jp_reservation_confirmed']);
    expect(keys('🎂')).toEqual(['birthday_surprise']);
  });

  it('returns everything, in input order, for an empty query', () => {
    expect(keys('   ')).toEqual(seeds.map((item) => item.key));
  });

  it('applies a filter and a limit', () => {
    expect(keys('sale')).toContain('holiday_sale_2025');
    expect(keys('sale', { filter: (item: Item) => !item.archived })).not.toContain('holiday_sale_2025');
    expect(keys('', { limit: 3 })).toHaveLength(3);
  });
});

describe('ranking', () => {
  it('puts whole words before prefixes, prefixes before inner matches, typos last', () => {
    const items: Item[] = [
      { key: 'typo', name: 'Sihpping delay' },
      { key: 'inner', name: 'Relationship update' },
      { key: 'prefix', name: 'Shipping soon' },
      { key: 'whole', name: 'Order ship notice' },
    ];
    const index = createSearchIndex(items, (item) => [item.name, item.key]);
    expect(search(index, 'ship').map((hit) => hit.item.key)).toEqual(['whole', 'prefix', 'inner', 'typo']);
  });

  it('keeps the input order (newest first) between equally good matches', () => {
    const items: Item[] = [
      { key: 'b_promo', name: 'Promo B' },
      { key: 'a_promo', name: 'Promo A' },
      { key: 'c_promo', name: 'Promo C' },
    ];
    const index = createSearchIndex(items, (item) => [item.name, item.key]);
    expect(search(index, 'promo').map((hit) => hit.item.key)).toEqual(['b_promo', 'a_promo', 'c_promo']);
  });
});

describe('where a word matches', () => {
  // Texts of few letters, so a query occurs inside words before and after word starts.
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 5 });
  const text = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));
  const query = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 3 });

  /** The rule, spelled out: the first occurrence at a word start, else the first occurrence; whole word, word prefix or inside a word, + the field's start. */
  function expected(value: string, q: string): { at: number; score: number } | undefined {
    const occurrences: number[] = [];
    for (let at = value.indexOf(q); at >= 0; at = value.indexOf(q, at + 1)) occurrences.push(at);
    if (occurrences.length === 0) return undefined;
    const wordStart = occurrences.find((at) => at === 0 || value[at - 1] === ' ');
    const at = wordStart ?? occurrences[0]!;
    const end = at + q.length;
    const score = (wordStart === undefined ? 50 : end === value.length || value[end] === ' ' ? 100 : 80) + (at === 0 ? 10 : 0);
    return { at, score };
  }

  it('scores and highlights the first occurrence at a word start, else the first one', () => {
    fc.assert(
      fc.property(text, query, (value, q) => {
        const [hit] = search(createSearchIndex([value], (item) => [item]), q);
        const want = expected(value, q);
        if (!want) {
          expect(hit).toBeUndefined();
          return;
        }
        expect(hit?.score).toBe(want.score);
        expect(hit?.ranges[0]).toEqual([[want.at, want.at + q.length]]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('highlight ranges', () => {
  it('point into the original strings, in names and keys', () => {
    const [hit] = search(seedIndex, 'welcome offer');
    expect(highlighted('Welcome offer – 15% off first order', hit?.ranges[0])).toEqual(['Welcome', 'offer']);
    expect(highlighted('welcome_offer', hit?.ranges[1])).toEqual(['welcome', 'offer']);
  });

  it('cover the accented letters of the original', () => {
    const text = 'Crème brûlée day';
    const index = createSearchIndex([{ key: 'k', name: text }], (item) => [item.name, item.key]);
    const [hit] = search(index, 'brulee');
    expect(highlighted(text, hit?.ranges[0])).toEqual(['brûlée']);
  });

  it('cover the whole word a typo matched', () => {
    const [hit] = search(seedIndex, 'carousle');
    expect(highlighted('New arrivals carousel (3 products)', hit?.ranges[0])).toEqual(['carousel']);
  });

  it('survive astral characters before the match', () => {
    const text = '🎂 Birthday surprise 🎁';
    const index = createSearchIndex([{ key: 'k', name: text }], (item) => [item.name, item.key]);
    const [hit] = search(index, 'surprise');
    expect(highlighted(text, hit?.ranges[0])).toEqual(['surprise']);
  });

  it('splitHighlights returns plain and marked runs that rebuild the text', () => {
    const parts = splitHighlights('abcdef', [
      [1, 3],
      [4, 5],
    ]);
    expect(parts).toEqual([
      { text: 'a', match: false },
      { text: 'bc', match: true },
      { text: 'd', match: false },
      { text: 'e', match: true },
      { text: 'f', match: false },
    ]);
    expect(splitHighlights('abc', [[2, 99]]).map((part) => part.text).join('')).toBe('abc');
    expect(splitHighlights('', [])).toEqual([{ text: '', match: false }]);
  });
});

describe('a 5,000-template catalogue', () => {
  const big: Item[] = (generateCatalogue(5000) as Record<string, unknown>[]).map((raw) => ({ key: String(raw.key ?? raw.template_key), name: String(raw.name) }));
  const index = createSearchIndex(big, (item) => [item.name, item.key]);

  // Speed is measured by `npm run bench` (section 5), not asserted here.
  it('finds a query with a typo among thousands', () => {
    const hits = search(index, 'birthday suprise');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => /birthday/i.test(hit.item.name))).toBe(true);
  });

  it('still finds typo matches among thousands', () => {
    const hits = search(index, 'welcmoe');
    expect(hits.length).toBeGreaterThan(10);
    expect(hits.every((hit) => /welcome/i.test(hit.item.name))).toBe(true);
  });
});

describe('remembered matches while typing', () => {
  const catalogue: Item[] = (generateCatalogue(600, { seed: 7 }) as Record<string, unknown>[]).map((raw) => ({ key: String(raw.key ?? raw.template_key), name: String(raw.name) }));
  const fieldsOf = (item: Item) => [item.name, item.key];
  const words = [...new Set(catalogue.flatMap((item) => `${item.name} ${item.key}`.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((word) => word.length >= 2))];
  const snapshot = (hits: ReturnType<typeof search<Item>>) => hits.map((hit) => [hit.item.key, hit.score, hit.ranges]);
  const base = createSearchIndex(catalogue, fieldsOf);
  // Same folded data, new identity: nothing remembered.
  const uncached = () => ({ ...base });

  it('give the same results as a fresh index, keystroke by keystroke', () => {
    // A misspelling: a word with a letter dropped, doubled, swapped or replaced.
    const typo = fc.tuple(fc.constantFrom(...words), fc.nat(), fc.constantFrom('drop', 'double', 'swap', 'replace', 'none')).map(([word, at, kind]) => {
      const i = at % word.length;
      if (kind === 'drop') return word.slice(0, i) + word.slice(i + 1);
      if (kind === 'double') return word.slice(0, i) + word[i] + word.slice(i);
      if (kind === 'swap' && i + 1 < word.length) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      if (kind === 'replace') return `${word.slice(0, i)}x${word.slice(i + 1)}`;
      return word;
    });
    fc.assert(
      fc.property(fc.array(typo, { minLength: 1, maxLength: 3 }), fc.boolean(), (parts, backspace) => {
        const shared = uncached();
        const query = parts.join(' ');
        const typed: string[] = [];
        for (let length = 1; length <= query.length; length++) typed.push(query.slice(0, length));
        if (backspace) for (let length = query.length - 1; length >= 1; length--) typed.push(query.slice(0, length));
        for (const text of typed) {
          expect(snapshot(search(shared, text))).toEqual(snapshot(search(uncached(), text)));
        }
      }),
      { numRuns: 60 },
    );
    // Hundreds of searches with every hit's ranges read: a CPU-bound budget, not a wait, so a loaded machine gets room.
  }, 60_000);
});

describe('an index grown as a list crosses in parts', () => {
  const catalogue: Item[] = (generateCatalogue(900, { seed: 11 }) as Record<string, unknown>[]).map((raw) => ({ key: String(raw.key ?? raw.template_key), name: String(raw.name) }));
  const fieldsOf = (item: Item) => [item.name, item.key];
  const snapshot = (hits: ReturnType<typeof search<Item>>) => hits.map((hit) => [hit.item.key, hit.score, hit.ranges]);
  const queries = ['w', 'we', 'wel', 'welc', 'welcome', 'welcome o', 'birthday suprise', 'ordr', 'zz'];

  it('keeps what it folded, folds only the new rows, and finds them, even right after a word was remembered', () => {
    const head = catalogue.slice(0, 100);
    let index = growSearchIndex(undefined, head, fieldsOf);
    const firstFolded = index.fields[0];
    // Typing before the next part arrives: each word's matches are remembered on this index.
    for (const query of queries) search(index, query);
    let rows = head;
    for (let from = 100; from < catalogue.length; from += 400) {
      rows = rows.concat(catalogue.slice(from, from + 400));
      index = growSearchIndex(index, rows, fieldsOf, { deferred: true });
      for (const query of queries) expect(snapshot(search(index, query))).toEqual(snapshot(search(createSearchIndex(rows, fieldsOf), query)));
    }
    expect(index.fields[0]).toBe(firstFolded);
    expect(index.items).toHaveLength(catalogue.length);
  });

  it('starts afresh for a list that does not extend the indexed one (another version: other rows)', () => {
    const first = growSearchIndex(undefined, catalogue.slice(0, 300), fieldsOf);
    const other = catalogue.slice(0, 300).map((item) => ({ ...item, name: `${item.name} renamed` }));
    const next = growSearchIndex(first, other, fieldsOf);
    expect(next.fields[0]).not.toBe(first.fields[0]);
    expect(search(next, 'renamed')).toHaveLength(300);
    expect(search(first, 'renamed')).toHaveLength(0);
  });

  it('two lists grown from the same rows never see each other’s folded rows', () => {
    const head = catalogue.slice(0, 200);
    const base = growSearchIndex(undefined, head, fieldsOf);
    const one = head.concat(catalogue.slice(200, 400));
    const two = head.concat(catalogue.slice(600, 800));
    const a = growSearchIndex(base, one, fieldsOf);
    const b = growSearchIndex(base, two, fieldsOf);
    indexSome(a);
    indexSome(b);
    for (const query of queries) {
      expect(snapshot(search(a, query))).toEqual(snapshot(search(createSearchIndex(one, fieldsOf), query)));
      expect(snapshot(search(b, query))).toEqual(snapshot(search(createSearchIndex(two, fieldsOf), query)));
    }
  });
});

describe('results made as read', () => {
  const catalogue: Item[] = (generateCatalogue(700, { seed: 3 }) as Record<string, unknown>[]).map((raw, i) => ({
    key: String(raw.key ?? raw.template_key),
    name: String(raw.name),
    archived: i % 7 === 0,
  }));
  const index = createSearchIndex(catalogue, (item) => [item.name, item.key]);

  it('hold the same hits, in the same order, as the eager search, with or without a filter', () => {
    for (const query of ['', '   ', 'w', 'welcome offer', 'birthday suprise', '%', 'nothing-matches-this']) {
      for (const options of [{}, { filter: (item: Item) => !item.archived }]) {
        const eager = searchWithTotal(index, query, options);
        const lazy = searchAll(index, query, options);
        expect(lazy.length).toBe(eager.total);
        const made = Array.from({ length: lazy.length }, (_, position) => lazy.at(position));
        expect(made.map((hit) => [hit?.item.key, hit?.index, hit?.score, hit?.ranges])).toEqual(eager.hits.map((hit) => [hit.item.key, hit.index, hit.score, hit.ranges]));
        expect(Array.from({ length: lazy.length }, (_, position) => lazy.itemAt(position))).toEqual(eager.hits.map((hit) => hit.item));
      }
    }
  });

  it('make each hit once, and nothing past the end', () => {
    const results = searchAll(index, 'w');
    expect(results.length).toBeGreaterThan(10);
    expect(results.at(3)).toBe(results.at(3));
    expect(results.at(results.length)).toBeUndefined();
    expect(results.at(-1)).toBeUndefined();
    expect(results.itemAt(results.length)).toBeUndefined();
  });
});
