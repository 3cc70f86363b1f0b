/**
 * Fuzzy search over short strings (template names and keys), pure and fast
 * enough to filter 5,000 items on every keystroke.
 *
 * - Tolerant of case, accents and width: "CAFÉ", "cafe" and "ｃａｆｅ" are the same.
 * - Separators do not matter: "welcome offer" finds the key `welcome_offer`.
 * - Every query word must match somewhere (in any field), as a substring or,
 *   failing that, as a word prefix with a small typo (1 edit from 4 letters,
 *   2 from 8; a swap of neighbours counts as one).
 * - Results come back best first, ties kept in the input order, with the
 *   ranges to highlight in the original (unfolded) strings.
 *
 * No DOM: the popup and the content-script picker both use it.
 */

/** [start, end) in UTF-16 code units of the original string. */
export type Range = readonly [start: number, end: number];

export interface SearchHit<T> {
  item: T;
  /** Position of the item in the indexed list. */
  index: number;
  score: number;
  /** Per field (same order as the indexed fields): ranges to highlight, sorted, merged. Worked out when read. */
  readonly ranges: Range[][];
}

export interface SearchOptions<T> {
  /** Only items passing this are considered (e.g. hide archived ones). */
  filter?: (item: T, index: number) => boolean;
  /** Stop after this many hits (after sorting). */
  limit?: number;
}

interface FoldedField {
  /** Folded text: lower case, no accents, every separator run turned into one space. */
  text: string;
  /** Bit set of the folded letters and digits present (see charBit). */
  mask: number;
  /** Start offsets of words in `text`. */
  words: number[];
  /** Per word: the bit set of its letters (see charBit). */
  wordMasks: number[];
}

/**
 * The folded names and keys. Folding is the only per-item cost; it can be done
 * ahead in slices of idle time (`indexSome`); a search folds whatever is
 * still unfolded first.
 * Where a match sits in the original string is worked out only for the hits
 * that are shown (a SearchHit's ranges), never per item.
 */
export interface SearchIndex<T> {
  readonly items: readonly T[];
  /** @internal */
  readonly fields: (readonly FoldedField[])[];
  /** @internal The fields as given: for queries made only of symbols (e.g. an emoji), and for highlight ranges. */
  readonly originals: (readonly string[])[];
  /** @internal */
  readonly getFields: (item: T) => readonly string[];
}

export function createSearchIndex<T>(items: readonly T[], getFields: (item: T) => readonly string[], options: { deferred?: boolean } = {}): SearchIndex<T> {
  const index: SearchIndex<T> = { items: [...items], fields: [], originals: [], getFields };
  if (!options.deferred) indexSome(index);
  return index;
}

/**
 * The index for `items`. When `items` holds the items `previous` indexed followed
 * by more (a list crossing in parts), the new index shares what `previous`
 * folded and folds only the rest; else it starts afresh. Remembered word
 * matches are per index, so none made for the shorter list is reused.
 */
export function growSearchIndex<T>(previous: SearchIndex<T> | undefined, items: readonly T[], getFields: (item: T) => readonly string[], options: { deferred?: boolean } = {}): SearchIndex<T> {
  if (!previous || previous.getFields !== getFields || !extends_(items, previous.items)) return createSearchIndex(items, getFields, options);
  // The folded arrays are shared: the previous index never reads past its own items, so it is unaffected.
  // An index already grown once may have had other items folded after its own: a second growth copies.
  const forked = grown.has(previous);
  grown.add(previous);
  const shared = Math.min(previous.items.length, previous.fields.length);
  const index: SearchIndex<T> = {
    items: [...items],
    fields: forked ? previous.fields.slice(0, shared) : previous.fields,
    originals: forked ? previous.originals.slice(0, shared) : previous.originals,
    getFields,
  };
  if (!options.deferred) indexSome(index);
  return index;
}

const grown = new WeakSet<object>();

/** Whether `longer` starts with exactly the items of `shorter`. */
function extends_<T>(longer: readonly T[], shorter: readonly T[]): boolean {
  if (longer.length < shorter.length) return false;
  for (let i = 0; i < shorter.length; i++) if (longer[i] !== shorter[i]) return false;
  return true;
}

/** Folds items not folded yet, until `timeLeft` says stop; true when every item is folded. */
export function indexSome<T>(index: SearchIndex<T>, timeLeft: () => number = () => Infinity): boolean {
  const { items, fields, originals, getFields } = index;
  while (fields.length < items.length) {
    const end = Math.min(items.length, fields.length + 256);
    for (let i = fields.length; i < end; i++) {
      const values = getFields(items[i] as T).map((value) => (typeof value === 'string' ? value : ''));
      originals.push(values);
      fields.push(values.map(foldIndexed));
    }
    if (fields.length < items.length && timeLeft() <= 1) return false;
  }
  return true;
}

/** Folds the index in idle time, a slice at a time; the returned function stops it. */
export function indexInIdleTime<T>(index: SearchIndex<T>): () => void {
  const idle = globalThis.requestIdleCallback ?? ((callback: IdleRequestCallback) => setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 10 }), 50));
  const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
  let handle: number | undefined;
  const step: IdleRequestCallback = (deadline) => {
    handle = indexSome(index, () => deadline.timeRemaining()) ? undefined : (idle(step) as number);
  };
  handle = idle(step) as number;
  return () => {
    if (handle !== undefined) cancel(handle);
  };
}

/**
 * Every match, best first: for a query with letters or digits (or none), as
 * positions into the index's items with their scores (none for the empty query,
 * which lists the items as they are); for a query of symbols only, as hits
 * already made (a plain substring match, see searchSymbols).
 */
type Ranking<T> =
  | { kind: 'ordered'; context: HitContext<T>; order: Int32Array; scores: Int32Array | undefined }
  | { kind: 'symbols'; hits: SearchHit<T>[] };

function rank<T>(index: SearchIndex<T>, query: string, filter: SearchOptions<T>['filter']): Ranking<T> {
  const tokens = tokenize(query);
  const { items, fields } = index;
  const context: HitContext<T> = { index, tokens };

  const symbols = query.trim();
  // An empty query lists the items as they are: nothing to fold.
  if (tokens.length === 0 && !symbols) {
    if (!filter) return { kind: 'ordered', context, order: identityOrder(items.length), scores: undefined };
    const order = new Int32Array(items.length);
    let kept = 0;
    for (let i = 0; i < items.length; i++) if (filter(items[i] as T, i)) order[kept++] = i;
    return { kind: 'ordered', context, order: order.subarray(0, kept), scores: undefined };
  }
  indexSome(index);
  if (tokens.length === 0) return { kind: 'symbols', hits: searchSymbols(index, symbols, filter) };

  // Words are checked one at a time, longest (rarest) first, each only against the
  // items every earlier word matched. The first word's matches are remembered: the
  // next keystroke usually extends that word, and an extended word can only match
  // a subset of what it matched before (same typo allowance), so it checks just those.
  const cache = matchCache(index);
  const totals = scoreBuffer(items.length);
  let domain: Int32Array | undefined;
  let maxScore = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as Token;
    const source = domain ?? (t === 0 ? cachedCandidates(cache, token) : undefined);
    const count = source ? source.length : items.length;
    const matched = new Int32Array(count);
    let found = 0;
    for (let n = 0; n < count; n++) {
      const i = source ? (source[n] as number) : n;
      const itemFields = fields[i] as readonly FoldedField[];
      let best = 0;
      let any = false;
      for (let f = 0; f < itemFields.length; f++) {
        const score = matchToken(itemFields[f] as FoldedField, token);
        if (!score) continue;
        any = true;
        // Earlier fields (the name) weigh a little more than later ones (the key).
        if (score - f * 2 > best) best = score - f * 2;
      }
      if (!any) continue;
      matched[found++] = i;
      const total = (t === 0 ? 0 : (totals[i] as number)) + best;
      totals[i] = total;
      if (total > maxScore) maxScore = total;
    }
    domain = matched.subarray(0, found);
    if (t === 0) remember(cache, token, domain);
  }

  // Best first, ties in list order: scores are small integers, so a counting sort
  // (stable, linear) over the matches, which are already in list order.
  const matches = domain as Int32Array;
  const starts = new Int32Array(maxScore + 2);
  let kept = 0;
  for (let n = 0; n < matches.length; n++) {
    const i = matches[n] as number;
    if (filter && !filter(items[i] as T, i)) {
      matches[n] = -1;
      continue;
    }
    kept++;
    starts[maxScore - (totals[i] as number) + 1]!++;
  }
  for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1] as number;
  const order = new Int32Array(kept);
  const scores = new Int32Array(kept);
  for (let n = 0; n < matches.length; n++) {
    const i = matches[n] as number;
    if (i < 0) continue;
    const at = starts[maxScore - (totals[i] as number)]!++;
    order[at] = i;
    scores[at] = totals[i] as number;
  }
  return { kind: 'ordered', context, order, scores };
}

let identity = new Int32Array(0);
/** 0, 1, 2, … (length): shared, since an unfiltered empty query lists every item in order. */
function identityOrder(length: number): Int32Array {
  if (identity.length < length) {
    identity = new Int32Array(Math.max(length, identity.length * 2));
    for (let i = 0; i < identity.length; i++) identity[i] = i;
  }
  return identity.subarray(0, length);
}

/** The hits best first, and how many items match in all (when `limit` cuts the list). */
export function searchWithTotal<T>(index: SearchIndex<T>, query: string, options: SearchOptions<T> = {}): { hits: SearchHit<T>[]; total: number } {
  const { filter, limit = Infinity } = options;
  const ranking = rank(index, query, filter);
  if (ranking.kind === 'symbols') {
    const { hits } = ranking;
    return { hits: hits.length > limit ? hits.slice(0, limit) : hits, total: hits.length };
  }
  const { order, scores, context } = ranking;
  const shown = Math.min(order.length, limit);
  const hits: SearchHit<T>[] = new Array(shown);
  for (let n = 0; n < shown; n++) {
    const i = order[n] as number;
    hits[n] = new Hit(index.items[i] as T, i, scores ? (scores[n] as number) : 0, context);
  }
  return { hits, total: order.length };
}

/**
 * Every hit, best first, made only when read: a list that shows a screen of
 * thousands of matches (the popup's) builds a dozen hit objects per keystroke,
 * not one per match.
 */
export interface SearchResults<T> {
  readonly length: number;
  /** The hit at `position` (0 = best); undefined past the end. */
  at(position: number): SearchHit<T> | undefined;
  /** The item at `position`, without making its hit. */
  itemAt(position: number): T | undefined;
}

export function searchAll<T>(index: SearchIndex<T>, query: string, options: Omit<SearchOptions<T>, 'limit'> = {}): SearchResults<T> {
  const ranking = rank(index, query, options.filter);
  if (ranking.kind === 'symbols') {
    const { hits } = ranking;
    return { length: hits.length, at: (position) => hits[position], itemAt: (position) => hits[position]?.item };
  }
  const { order, scores, context } = ranking;
  const made = new Map<number, SearchHit<T>>();
  const items = index.items;
  return {
    length: order.length,
    at(position) {
      if (!(position >= 0 && position < order.length)) return undefined;
      let hit = made.get(position);
      if (!hit) {
        const i = order[position] as number;
        hit = new Hit(items[i] as T, i, scores ? (scores[position] as number) : 0, context);
        made.set(position, hit);
      }
      return hit;
    },
    itemAt(position) {
      return position >= 0 && position < order.length ? (items[order[position] as number] as T) : undefined;
    },
  };
}

export function search<T>(index: SearchIndex<T>, query: string, options: SearchOptions<T> = {}): SearchHit<T>[] {
  return searchWithTotal(index, query, options).hits;
}

let scores = new Int32Array(0);
function scoreBuffer(length: number): Int32Array {
  if (scores.length < length) scores = new Int32Array(Math.max(length, scores.length * 2));
  return scores;
}

interface HitContext<T> {
  index: SearchIndex<T>;
  tokens: Token[];
}

/** A hit; its highlight ranges are worked out when first read (only shown hits are). */
class Hit<T> implements SearchHit<T> {
  #ranges: Range[][] | undefined;
  readonly #context: HitContext<T>;

  constructor(
    readonly item: T,
    readonly index: number,
    readonly score: number,
    context: HitContext<T>,
  ) {
    this.#context = context;
  }

  get ranges(): Range[][] {
    this.#ranges ??= rangesOf(this.#context, this.index);
    return this.#ranges;
  }
}

function rangesOf<T>({ index, tokens }: HitContext<T>, i: number): Range[][] {
  const itemFields = index.fields[i] ?? [];
  const originals = index.originals[i] ?? [];
  return itemFields.map((field, f) => {
    const ranges: Range[] = [];
    let map: FoldMap | undefined;
    for (const token of tokens) {
      if (!matchToken(field, token)) continue;
      map ??= foldWithMap(originals[f] ?? '');
      ranges.push([map.starts[matchStart] ?? 0, map.ends[Math.max(matchStart, matchEnd - 1)] ?? 0]);
    }
    return mergeRanges(ranges);
  });
}

// ---------------------------------------------------------------------------
// Remembered matches, per index: word -> the items it matched.

interface CachedMatch {
  maxTypos: number;
  items: Int32Array;
}

const MAX_REMEMBERED = 64;
const caches = new WeakMap<object, Map<string, CachedMatch>>();

function matchCache(index: object): Map<string, CachedMatch> {
  let cache = caches.get(index);
  if (!cache) {
    cache = new Map();
    caches.set(index, cache);
  }
  return cache;
}

/**
 * The items a word can possibly match: those matched by the longest remembered
 * prefix with the same typo allowance. Sound because every filter and distance
 * in matchToken can only get stricter as a word grows (substrings stay
 * substrings; dropping trailing letters never increases the prefix distance;
 * the letter-set checks only count more missing letters).
 */
function cachedCandidates(cache: Map<string, CachedMatch>, token: Token): Int32Array | undefined {
  for (let length = token.text.length; length > 0; length--) {
    const hit = cache.get(token.text.slice(0, length));
    if (hit && hit.maxTypos === token.maxTypos) return hit.items;
  }
  return undefined;
}

function remember(cache: Map<string, CachedMatch>, token: Token, matched: Int32Array): void {
  cache.delete(token.text);
  cache.set(token.text, { maxTypos: token.maxTypos, items: matched.slice() });
  if (cache.size > MAX_REMEMBERED) cache.delete(cache.keys().next().value as string);
}

/** A query with no letters or digits (an emoji, "%"): a plain substring match on the original text. */
function searchSymbols<T>(index: SearchIndex<T>, needle: string, filter: SearchOptions<T>['filter']): SearchHit<T>[] {
  const hits: SearchHit<T>[] = [];
  index.items.forEach((item, i) => {
    if (filter && !filter(item, i)) return;
    const values = index.originals[i] ?? [];
    let found = false;
    const ranges = values.map((value) => {
      const at = value.indexOf(needle);
      if (at < 0) return [];
      found = true;
      return [[at, at + needle.length] as Range];
    });
    if (found) hits.push({ item, index: i, score: SCORE_INSIDE_WORD, ranges });
  });
  return hits;
}

/** Splits `text` into plain and highlighted runs, for rendering as text (never as HTML). */
export function splitHighlights(text: string, ranges: readonly Range[] = []): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const [rawStart, rawEnd] of ranges) {
    const start = Math.max(at, Math.min(rawStart, text.length));
    const end = Math.max(start, Math.min(rawEnd, text.length));
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    if (end > start) parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), match: false });
  return parts;
}

// ---------------------------------------------------------------------------

interface Token {
  text: string;
  /** Code points, for the edit-distance loop. */
  chars: number[];
  mask: number;
  maxTypos: number;
}

const SCORE_WHOLE_WORD = 100;
const SCORE_WORD_PREFIX = 80;
const SCORE_INSIDE_WORD = 50;
const SCORE_TYPO = 30;
const BONUS_FIELD_START = 10;

function tokenize(query: string): Token[] {
  const folded = foldText(query);
  const seen = new Set<string>();
  const tokens: Token[] = [];
  for (const text of folded.split(' ')) {
    if (!text || seen.has(text)) continue;
    seen.add(text);
    const chars = Array.from(text, (ch) => ch.codePointAt(0) ?? 0);
    const length = chars.length;
    tokens.push({ text, chars, mask: maskOf(text), maxTypos: length >= 8 ? 2 : length >= 4 ? 1 : 0 });
  }
  // Longest first: the rarest words reject non-matching items soonest.
  return tokens.sort((a, b) => b.text.length - a.text.length);
}

/** Where the last successful matchToken matched, in the folded text: [matchStart, matchEnd). */
let matchStart = 0;
let matchEnd = 0;

/** The token's score in this field (0: no match); where it matched goes to matchStart / matchEnd. */
function matchToken(field: FoldedField, token: Token): number {
  const { text } = field;
  // A letter the field lacks (see charBit): no substring match, and without typos no match at all.
  if (token.maxTypos === 0 && (token.mask & ~field.mask) !== 0) return 0;
  let pos = text.indexOf(token.text);
  if (pos >= 0) {
    // Prefer an occurrence at a word start: the first word after `pos` that starts with the token
    // (a handful of words, where searching on from each occurrence rescanned the text for a single letter).
    let wordStart = pos === 0 || text.charCodeAt(pos - 1) === 32 ? pos : -1;
    if (wordStart < 0) {
      const { words } = field;
      for (let w = 0; w < words.length; w++) {
        const start = words[w] as number;
        if (start > pos && text.startsWith(token.text, start)) {
          wordStart = start;
          break;
        }
      }
    }
    if (wordStart >= 0) pos = wordStart;
    const end = pos + token.text.length;
    let score = SCORE_INSIDE_WORD;
    if (wordStart >= 0) score = end === text.length || text.charCodeAt(end) === 32 ? SCORE_WHOLE_WORD : SCORE_WORD_PREFIX;
    if (pos === 0) score += BONUS_FIELD_START;
    matchStart = pos;
    matchEnd = end;
    return score;
  }
  if (token.maxTypos === 0) return 0;
  // Cheap rejection: each edit can bring in at most one letter the field lacks.
  if (popcount(token.mask & ~field.mask) > token.maxTypos) return 0;

  let best = 0;
  let bestStart = 0;
  let bestEnd = 0;
  const t0 = token.chars[0];
  const t1 = token.chars[1];
  for (let w = 0; w < field.words.length; w++) {
    const start = field.words[w] as number;
    if (popcount(token.mask & ~(field.wordMasks[w] as number)) > token.maxTypos) continue;
    // The first letter may be swapped with the second, missing or doubled, but not replaced:
    // this keeps the edit-distance loop off almost every word.
    const w0 = text.codePointAt(start);
    if (w0 !== t0 && w0 !== t1 && text.codePointAt(start + (w0 !== undefined && w0 > 0xffff ? 2 : 1)) !== t0) continue;
    const distance = prefixDistance(token, text, start);
    if (distance > token.maxTypos) continue;
    const score = SCORE_TYPO - distance * 10 + (start === 0 ? BONUS_FIELD_START : 0);
    if (score > best) {
      best = score;
      bestStart = start;
      bestEnd = start + prefixLength;
    }
    if (distance === 1 && start === 0) break;
  }
  matchStart = bestStart;
  matchEnd = bestEnd;
  return best;
}

// Rows for the edit-distance loop, reused across calls (the search is synchronous).
let rowA: Int32Array = new Int32Array(32);
let rowB: Int32Array = new Int32Array(32);
let rowC: Int32Array = new Int32Array(32);

/** The length (UTF-16 units) of the prefix the last prefixDistance measured. */
let prefixLength = 0;

/**
 * The smallest optimal-string-alignment distance between the token and any
 * prefix of the word starting at `start` (Infinity: none); that prefix's length goes to prefixLength.
 */
function prefixDistance(token: Token, text: string, start: number): number {
  const t = token.chars;
  const m = t.length;
  const k = token.maxTypos;
  if (rowA.length < m + 1) {
    rowA = new Int32Array(m + 1);
    rowB = new Int32Array(m + 1);
    rowC = new Int32Array(m + 1);
  }
  let prevPrev: Int32Array | undefined;
  let prev = rowA;
  let current = rowB;
  let spare = rowC;
  for (let i = 0; i <= m; i++) prev[i] = i;
  let best = Infinity;
  let bestLength = 0;
  let previousChar = -1;
  let offset = start;
  for (let j = 1; j <= m + k; j++) {
    if (offset >= text.length) break;
    const ch = text.codePointAt(offset) ?? 0;
    if (ch === 32) break;
    offset += ch > 0xffff ? 2 : 1;
    current[0] = j;
    let rowMin = j;
    for (let i = 1; i <= m; i++) {
      const tc = t[i - 1] as number;
      const cost = tc === ch ? 0 : 1;
      let value = Math.min((prev[i] as number) + 1, (current[i - 1] as number) + 1, (prev[i - 1] as number) + cost);
      if (prevPrev && i > 1 && tc === previousChar && t[i - 2] === ch) value = Math.min(value, (prevPrev[i - 2] as number) + 1);
      current[i] = value;
      if (value < rowMin) rowMin = value;
    }
    const distance = current[m] as number;
    if (distance <= best) {
      best = distance;
      bestLength = offset - start;
    }
    if (rowMin > k) break;
    const recycled = prevPrev ?? spare;
    prevPrev = prev;
    prev = current;
    current = recycled;
    spare = recycled;
    previousChar = ch;
  }
  prefixLength = bestLength;
  return best;
}

function mergeRanges(ranges: Range[]): Range[] {
  if (ranges.length < 2) return ranges;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

// ---------------------------------------------------------------------------
// Folding

const MARKS = /\p{M}/gu;
const IS_MARK = /^\p{M}$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Letters that have no decomposition but that people type without their stroke. */
const EXTRA_FOLDS: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ħ: 'h', ı: 'i', æ: 'ae', œ: 'oe', ß: 'ss', þ: 'th' };
const foldCache = new Map<string, string>();

function foldChar(ch: string): string {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let folded: string;
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0xac00 && code <= 0xd7a3) {
    // Hangul syllables: NFKD would split them into jamo; keep them whole.
    folded = ch;
  } else if (!LETTER_OR_DIGIT.test(ch) && !IS_MARK.test(ch)) {
    folded = ' ';
  } else {
    folded = ch.normalize('NFKD').replace(MARKS, '').toLowerCase();
    folded = EXTRA_FOLDS[folded] ?? folded;
    // NFKD can turn one character into a separator-bearing sequence (e.g. "½" -> "1⁄2").
    folded = Array.from(folded, (part) => (LETTER_OR_DIGIT.test(part) ? part : ' ')).join('');
  }
  if (foldCache.size < 10_000) foldCache.set(ch, folded);
  return folded;
}

const EMPTY_MAP = new Uint32Array(0);

interface FoldMap {
  text: string;
  /** Folded index -> original start / end (UTF-16 units). */
  starts: Uint32Array;
  ends: Uint32Array;
}

/** A letter, digit or mark outside ASCII: those need folding character by character. */
const FOLDS_OUTSIDE_ASCII = /(?!\p{ASCII})[\p{L}\p{N}\p{M}]/u;
const ASCII_SEPARATORS = /[^a-z0-9]+/g;

/**
 * The folded text alone. Text whose letters and digits are all ASCII (every key,
 * most names, with any punctuation or emoji) takes a fast path with the same result.
 */
function foldText(original: string): string {
  if (!FOLDS_OUTSIDE_ASCII.test(original)) return original.toLowerCase().replace(ASCII_SEPARATORS, ' ').trim();
  return foldWithMap(original, false).text;
}

/** What the index keeps per field: the folded text, its letter set, and its words. */
function foldIndexed(original: string): FoldedField {
  const text = foldText(original);
  const words: number[] = [];
  const wordMasks: number[] = [];
  let mask = 0;
  let wordMask = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      wordMasks.push(wordMask);
      wordMask = 0;
      continue;
    }
    if (i === 0 || text.charCodeAt(i - 1) === 32) words.push(i);
    wordMask |= charBit(code);
  }
  if (text.length) wordMasks.push(wordMask);
  for (const bits of wordMasks) mask |= bits;
  return { text, mask, words, wordMasks };
}

/** The folded text with, per folded unit, where it came from in the original (for highlight ranges). */
function foldWithMap(original: string, withMap = true): FoldMap {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let lastWasSpace = true;
  for (let i = 0; i < original.length; ) {
    const code = original.charCodeAt(i);
    let width = 1;
    let folded: string;
    if (code < 128) {
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) folded = original[i] as string;
      else if (code >= 65 && code <= 90) folded = String.fromCharCode(code + 32);
      else folded = ' ';
    } else {
      const point = original.codePointAt(i) ?? code;
      width = point > 0xffff ? 2 : 1;
      folded = foldChar(original.slice(i, i + width));
    }
    if (folded === '') {
      // A lone combining mark: it belongs to the previous character.
      if (ends.length) ends[ends.length - 1] = i + width;
    } else {
      for (const part of folded) {
        if (part === ' ') {
          if (lastWasSpace) continue;
          lastWasSpace = true;
        } else {
          lastWasSpace = false;
        }
        if (withMap) {
          for (let u = 0; u < part.length; u++) {
            starts.push(i);
            ends.push(i + width);
          }
        }
        text += part;
      }
    }
    i += width;
  }
  // No trailing separator.
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    starts.pop();
    ends.pop();
  }
  return withMap ? { text, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) } : { text, starts: EMPTY_MAP, ends: EMPTY_MAP };
}

/** a-z: bits 0-25; digits: bit 26; anything else: bits 27-31 by code point. */
function maskOf(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) continue;
    mask |= charBit(code);
  }
  return mask;
}

function charBit(code: number): number {
  if (code >= 97 && code <= 122) return 1 << (code - 97);
  if (code >= 48 && code <= 57) return 1 << 26;
  return 1 << (27 + (code % 5));
}

function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
