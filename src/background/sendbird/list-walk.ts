import type { Credentials } from '../../shared/credentials';
import type { SkippedTemplate, Template } from '../../shared/template';
import { badResponse, fetchTemplatePage, type ClientOptions } from './client';
import { MAX_PAGE_SIZE } from './endpoints';
import { SendbirdRequestError } from './errors';
import { normalizeTemplate } from './normalize-template';
import { DEFAULT_RETRY_POLICY, realClock, withRetry } from './retry';

/** A catalogue larger than this is a server bug (a loop of page tokens), not data. */
const MAX_PAGES = 2_000;
/** Empty pages that still say "more": a few are possible, a chain of them is a server bug. */
export const MAX_EMPTY_PAGES_IN_A_ROW = 10;
/** Why a walk through the pages stopped before its end: the other walk met it. */
const WALKS_MET = 'walks-met';

export interface Catalogue {
  templates: Template[];
  skipped: SkippedTemplate[];
  /** How many templates Sendbird listed more than once (the list changed while it was read); each kept once. */
  duplicates: number;
  pages: number;
}

type FetchPage = (newestFirst: boolean, token: string | undefined, signal: AbortSignal) => ReturnType<typeof fetchTemplatePage>;

/**
 * Every page of the app's templates, read from both ends of the list at once:
 * Sendbird's page tokens form one sequential cursor per direction, so two walks
 * (oldest first and newest first, by updated_at) halve the round trips. They
 * stop where they meet: once the oldest-first walk has passed an updated_at the
 * newest-first walk has reached, every template that stayed put is listed.
 * A template edited or added meanwhile moves to the newest end, above the
 * newest-first walk's first page, so the newest end is read again (readNewestAgain).
 * Each page is retried on its own, so a rate-limit storm resumes from the page it hit.
 */
export async function fetchCatalogue(credentials: Credentials, options: ClientOptions = {}): Promise<Catalogue> {
  let requests = 0;
  const fetchPage: FetchPage = (newestFirst, token, signal) => {
    // A count over both walks: a catalogue this large is a loop of page tokens, not data.
    if (++requests > MAX_PAGES) return Promise.reject(new SendbirdRequestError({ kind: 'bad-response', detail: `More than ${MAX_PAGES} pages of templates.` }));
    return withRetry(
      () => fetchTemplatePage(credentials, { limit: MAX_PAGE_SIZE, token, newestFirst }, options.timeoutMs, signal),
      options.policy ?? DEFAULT_RETRY_POLICY,
      options.clock ?? realClock,
      { signal, onWait: options.onWait },
    );
  };
  const catalogue = new CatalogueBuilder(options.onPage);
  const walker = { fetchPage, catalogue, signal: options.signal };

  // The newest-first walk starts; once its first page says there is more, the oldest-first one joins it.
  const meeting = new Meeting();
  const meet = new AbortController();
  const endWalks = () => meet.abort(WALKS_MET);
  let oldest: Promise<{ ended: boolean }> | undefined;
  const startOldest = () => {
    oldest = walk(walker, false, meet.signal, (updatedAt) => meeting.oldestWouldMeet(updatedAt), (page) => meeting.oldestPassed(page)).finally(endWalks);
    oldest.catch(() => {});
  };
  let newestPages = 0;
  let newestAtStart = -Infinity;
  let oldestEnded = false;
  try {
    await walk(walker, true, meet.signal, (updatedAt) => meeting.newestWouldMeet(updatedAt), (page, more) => {
      if (++newestPages === 1) newestAtStart = newestOf(page);
      if (more && !oldest) startOldest();
      return meeting.newestPassed(page);
    });
    endWalks();
    oldestEnded = (await oldest)?.ended ?? false;
  } finally {
    endWalks();
  }
  // The oldest-first walk read to the end: an edit moves a template ahead of it, never behind, so it missed none.
  // A list that came in one page is one moment's list.
  if (!oldestEnded && newestPages > 1) await readNewestAgain(walker, newestAtStart);
  return catalogue.result();
}

/**
 * Where the two walks stand: the oldest-first walk has passed `oldestReached`,
 * the newest-first one came down to `newestReached`; they have met once the
 * first is past the second. Meeting is judged by updated_at alone (how Sendbird
 * breaks ties is not documented): should a walk see the list out of that order,
 * meeting proves nothing and both walks read to their ends.
 */
class Meeting {
  private oldestReached = -Infinity;
  private newestReached = Infinity;
  private inOrder = true;

  private met(oldestReached = this.oldestReached, newestReached = this.newestReached): boolean {
    return this.inOrder && oldestReached > newestReached;
  }

  /** Whether a page of the oldest-first walk ending at `updatedAt` will meet the other walk. */
  oldestWouldMeet(updatedAt: number): boolean {
    return this.met(Math.max(this.oldestReached, updatedAt));
  }

  newestWouldMeet(updatedAt: number): boolean {
    return this.met(this.oldestReached, Math.min(this.newestReached, updatedAt));
  }

  /** Records a page of the oldest-first walk; true once the walks have met. */
  oldestPassed(page: Template[]): boolean {
    for (const { updatedAt } of page) {
      if (updatedAt < this.oldestReached) this.inOrder = false;
      this.oldestReached = Math.max(this.oldestReached, updatedAt);
    }
    return this.met();
  }

  newestPassed(page: Template[]): boolean {
    for (const { updatedAt } of page) {
      if (updatedAt > this.newestReached) this.inOrder = false;
      this.newestReached = Math.min(this.newestReached, updatedAt);
    }
    return this.met();
  }
}

/**
 * The catalogue as the walks' pages come in: a new key is kept, a key seen
 * before keeps its newest version. A key listed twice by the same walk was
 * moved by an edit while the list was read (counted); both walks listing one
 * is their overlap.
 */
class CatalogueBuilder {
  private readonly kept = new Map<string, Template>();
  private readonly skipped: SkippedTemplate[] = [];
  private readonly skippedIdentities = new Set<string>();
  private duplicates = 0;
  private pages = 0;

  constructor(private readonly onPage: ClientOptions['onPage']) {}

  /** Takes one page a walk read; answers its readable templates. */
  take(raws: unknown[], listedByWalk: Set<string>): Template[] {
    const readable: Template[] = [];
    const fresh: Template[] = [];
    for (const raw of raws) {
      const result = normalizeTemplate(raw);
      if (!result.ok) {
        // Both walks list the templates where they meet: an unreadable one is reported once.
        const identity = result.skipped.key ?? JSON.stringify(raw);
        if (!this.skippedIdentities.has(identity)) this.skipped.push(result.skipped);
        this.skippedIdentities.add(identity);
        continue;
      }
      const template = result.template;
      readable.push(template);
      if (listedByWalk.has(template.key)) this.duplicates++;
      listedByWalk.add(template.key);
      const before = this.kept.get(template.key);
      if (!before) fresh.push(template);
      if (!before || template.updatedAt > before.updatedAt) this.kept.set(template.key, template);
    }
    this.pages++;
    this.onPage?.(fresh, this.pages);
    return readable;
  }

  result(): Catalogue {
    return { templates: [...this.kept.values()], skipped: this.skipped, duplicates: this.duplicates, pages: this.pages };
  }
}

interface Walker {
  fetchPage: FetchPage;
  catalogue: CatalogueBuilder;
  /** The caller's cancel: requests in flight are aborted, waits end. */
  signal: AbortSignal | undefined;
}

/**
 * Pages one way until the list ends or `stop` says so after a page (true);
 * `ended` tells which. A walk cut by `cut` (the other walk met it) just ends.
 * `stopsAt` says from the page's last updated_at alone whether `stop` will, so
 * no next page is asked for that would be thrown away. Otherwise the next page
 * is asked for as soon as its token is known, so reading a page overlaps with
 * the wait for the next.
 */
async function walk(
  { fetchPage, catalogue, signal: callerSignal }: Walker,
  newestFirst: boolean,
  cut: AbortSignal,
  stopsAt: (updatedAt: number) => boolean,
  stop: (page: Template[], more: boolean) => boolean,
): Promise<{ ended: boolean }> {
  const own = new AbortController();
  const signal = AbortSignal.any([cut, own.signal, ...(callerSignal ? [callerSignal] : [])]);
  const tokens = new Set<string>();
  const listed = new Set<string>();
  let emptyInARow = 0;
  let pending = fetchPage(newestFirst, undefined, signal);
  try {
    for (;;) {
      const body = await pending;
      // "More" with no way to get it is a broken answer, not the last page: the list would be cut short.
      if (body.has_more && !body.next) throw badResponse(body.url, 'Sendbird said there are more templates but sent no link to the next page.');
      const next = body.has_more ? body.next! : '';
      emptyInARow = body.templates.length === 0 ? emptyInARow + 1 : 0;
      if (next && emptyInARow >= MAX_EMPTY_PAGES_IN_A_ROW) {
        throw badResponse(body.url, `Sendbird sent ${MAX_EMPTY_PAGES_IN_A_ROW} empty pages in a row without ending the list.`);
      }
      if (next && tokens.has(next)) throw badResponse(body.url, 'Sendbird returned the same page twice.');
      tokens.add(next);
      const askNext = () => {
        pending = fetchPage(newestFirst, next, signal);
        // Its failure surfaces on the next await.
        pending.catch(() => {});
      };
      const last = normalizeTemplate(body.templates.at(-1));
      const asked = Boolean(next) && !(last.ok && stopsAt(last.template.updatedAt));
      if (asked) askNext();
      const done = stop(catalogue.take(body.templates, listed), Boolean(next));
      if (!next || done) return { ended: !next };
      if (!asked) askNext();
    }
  } catch (error) {
    if (cut.aborted && cut.reason === WALKS_MET && !callerSignal?.aborted) return { ended: false };
    throw error;
  } finally {
    own.abort();
  }
}

/**
 * Reads the newest end again, down to below `since` (the newest updated_at when
 * the walks started): every template edited or added during the walks is there.
 * Edits during this read land above its first page, so a read of more than
 * one page is followed by another down to that page's newest.
 */
async function readNewestAgain(walker: Walker, since: number): Promise<void> {
  for (let floor = since; ; ) {
    let newest: number | undefined;
    let read = 0;
    await walk(walker, true, new AbortController().signal, (updatedAt) => updatedAt < floor, (page) => {
      read++;
      newest ??= newestOf(page);
      return page.some((template) => template.updatedAt < floor);
    });
    if (read <= 1) return;
    floor = newest ?? -Infinity;
  }
}

function newestOf(page: Template[]): number {
  return Math.max(-Infinity, ...page.map((template) => template.updatedAt));
}
