import { z } from 'zod/mini';
import type { Credentials } from '../../shared/credentials';
import type { SkippedTemplate, Template } from '../../shared/template';
import { listTemplatesUrl, MAX_PAGE_SIZE, templateUrl, type ListTemplatesQuery } from './endpoints';
import { SendbirdRequestError } from './errors';
import { getJson } from './http';
import { normalizeTemplate } from './normalize-template';
import { DEFAULT_RETRY_POLICY, realClock, withRetry, type RetryClock, type RetryPolicy } from './retry';

const PageSchema = z.object({
  templates: z.array(z.unknown()),
  has_more: z.optional(z.boolean()),
  next: z.optional(z.nullable(z.string())),
});

/** A catalogue larger than this is a server bug (a loop of page tokens), not data. */
const MAX_PAGES = 2_000;
/** Empty pages that still say "more": a few are possible, a chain of them is a server bug. */
export const MAX_EMPTY_PAGES_IN_A_ROW = 10;

export interface ClientOptions {
  policy?: RetryPolicy;
  clock?: RetryClock;
  timeoutMs?: number;
  /** Cancels the walk: requests in flight are aborted, waits end. */
  signal?: AbortSignal;
  /** Each page's new templates, as it arrives (the catalogue so far is usable). */
  onPage?(templates: Template[], pages: number): void;
  /** Told before waiting out a rate limit or backing off, with how long. */
  onWait?(ms: number): void;
}

export interface Catalogue {
  templates: Template[];
  skipped: SkippedTemplate[];
  /** How many templates Sendbird listed more than once (the list changed while it was read); each kept once. */
  duplicates: number;
  pages: number;
}

function badResponse(url: URL, detail: string): SendbirdRequestError {
  return new SendbirdRequestError({ kind: 'bad-response', detail, host: url.host });
}

/**
 * One page of the template list, in the expected shape. On this endpoint a 404
 * cannot mean a missing template: the app (or the API host) is what Sendbird
 * does not know.
 */
export async function fetchTemplatePage(credentials: Credentials, query: ListTemplatesQuery, timeoutMs?: number, signal?: AbortSignal) {
  const url = listTemplatesUrl(credentials, query);
  let body: unknown;
  try {
    body = await getJson(url, credentials.apiToken, { timeoutMs, signal });
  } catch (error) {
    if (error instanceof SendbirdRequestError && error.info.kind === 'not-found') throw new SendbirdRequestError({ ...error.info, kind: 'unknown-app' });
    throw error;
  }
  const parsed = PageSchema.safeParse(body);
  if (!parsed.success) throw badResponse(url, 'The template list is not in the expected shape.');
  return { ...parsed.data, url };
}

/** Why a walk through the pages stopped before its end: the other walk met it. */
const WALKS_MET = 'walks-met';

/**
 * Every page of the app's templates, read from both ends of the list at once:
 * Sendbird's page tokens form one sequential cursor per direction, so two walks
 * (oldest first and newest first, by updated_at) halve the round trips. They
 * stop where they meet: once the oldest-first walk has passed an updated_at the
 * newest-first walk has reached, every template that stayed put is listed.
 * A template edited or added meanwhile moves to the newest end, above the
 * newest-first walk's first page, so the newest end is read again (checkNewest).
 * Each walk asks for its next page as soon as the token is known, so reading a
 * page overlaps with the wait for the next; each page is retried on its own, so
 * a rate-limit storm resumes from the page it hit.
 */
export async function fetchCatalogue(credentials: Credentials, options: ClientOptions = {}): Promise<Catalogue> {
  const kept = new Map<string, Template>();
  const skipped: SkippedTemplate[] = [];
  const skippedKeys = new Set<string | undefined>();
  let duplicates = 0;
  let requests = 0;
  let pages = 0;

  const fetchPage = (newestFirst: boolean, token: string | undefined, signal: AbortSignal) => {
    // A count over both walks: a catalogue this large is a loop of page tokens, not data.
    if (++requests > MAX_PAGES) return Promise.reject(new SendbirdRequestError({ kind: 'bad-response', detail: `More than ${MAX_PAGES} pages of templates.` }));
    return withRetry(
      () => fetchTemplatePage(credentials, { limit: MAX_PAGE_SIZE, token, newestFirst }, options.timeoutMs, signal),
      options.policy ?? DEFAULT_RETRY_POLICY,
      options.clock ?? realClock,
      { signal, onWait: options.onWait },
    );
  };

  /**
   * One page into the catalogue: a new key is kept, a key seen before keeps its
   * newest version. A key listed twice by the same walk was moved by an edit
   * while the list was read (counted); both walks listing one is their overlap.
   */
  const take = (raws: unknown[], listedByWalk: Set<string>): Template[] => {
    const readable: Template[] = [];
    const fresh: Template[] = [];
    for (const raw of raws) {
      const result = normalizeTemplate(raw);
      if (!result.ok) {
        // Both walks list the templates where they meet: an unreadable one is reported once.
        const identity = result.skipped.key ?? JSON.stringify(raw);
        if (!skippedKeys.has(identity)) skipped.push(result.skipped);
        skippedKeys.add(identity);
        continue;
      }
      const template = result.template;
      readable.push(template);
      if (listedByWalk.has(template.key)) duplicates++;
      listedByWalk.add(template.key);
      const before = kept.get(template.key);
      if (!before) fresh.push(template);
      if (!before || template.updatedAt > before.updatedAt) kept.set(template.key, template);
    }
    pages++;
    options.onPage?.(fresh, pages);
    return readable;
  };

  /**
   * Pages one way until the list ends or `stop` says so after a page (true).
   * `ended` tells which. A walk cut by `cut` (the other walk met it) just ends.
   * `stopsAt` says from the page's last updated_at alone whether `stop` will, so
   * no next page is asked for that would be thrown away.
   */
  const walk = async (
    newestFirst: boolean,
    cut: AbortSignal,
    stopsAt: (updatedAt: number) => boolean,
    stop: (page: Template[], more: boolean) => boolean,
  ): Promise<{ ended: boolean }> => {
    const own = new AbortController();
    const signal = AbortSignal.any([cut, own.signal, ...(options.signal ? [options.signal] : [])]);
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
          // Read this page while the next one is on its way; its failure surfaces on the next await.
          pending.catch(() => {});
        };
        const last = normalizeTemplate(body.templates.at(-1));
        const asked = Boolean(next) && !(last.ok && stopsAt(last.template.updatedAt));
        if (asked) askNext();
        const done = stop(take(body.templates, listed), Boolean(next));
        if (!next || done) return { ended: !next };
        if (!asked) askNext();
      }
    } catch (error) {
      if (cut.aborted && cut.reason === WALKS_MET && !options.signal?.aborted) return { ended: false };
      throw error;
    } finally {
      own.abort();
    }
  };

  // The newest-first walk starts; once its first page says there is more, the oldest-first one joins it.
  // The oldest-first walk has passed `oldestReached`, the newest-first one came down to `newestReached`.
  const meet = new AbortController();
  let oldestReached = -Infinity;
  let newestReached = Infinity;
  let newestAtStart = -Infinity;
  // Meeting is judged by updated_at alone (how Sendbird breaks ties is not documented). Should a walk
  // see the list out of that order, meeting proves nothing: both walks then read to their ends.
  let inOrder = true;
  const met = () => inOrder && oldestReached > newestReached;
  const endWalks = () => meet.abort(WALKS_MET);
  let oldest: Promise<{ ended: boolean }> | undefined;
  const startOldest = () => {
    oldest = walk(
      false,
      meet.signal,
      (updatedAt) => inOrder && Math.max(oldestReached, updatedAt) > newestReached,
      (page) => {
        for (const template of page) {
          if (template.updatedAt < oldestReached) inOrder = false;
          oldestReached = Math.max(oldestReached, template.updatedAt);
        }
        return met();
      },
    ).finally(endWalks);
    oldest.catch(() => {});
  };
  let newestPages = 0;
  let oldestEnded = false;
  try {
    await walk(
      true,
      meet.signal,
      (updatedAt) => inOrder && oldestReached > Math.min(newestReached, updatedAt),
      (page, more) => {
        if (++newestPages === 1) newestAtStart = Math.max(-Infinity, ...page.map((template) => template.updatedAt));
        for (const template of page) {
          if (template.updatedAt > newestReached) inOrder = false;
          newestReached = Math.min(newestReached, template.updatedAt);
        }
        if (more && !oldest) startOldest();
        return met();
      },
    );
    endWalks();
    oldestEnded = (await oldest)?.ended ?? false;
  } finally {
    endWalks();
  }
  // The oldest-first walk read to the end: an edit moves a template ahead of it, never behind, so it missed none.
  // A list that came in one page is one moment's list.
  if (!oldestEnded && newestPages > 1) await checkNewest(newestAtStart);
  return { templates: [...kept.values()], skipped, duplicates, pages };

  /**
   * Reads the newest end again, down to below `since` (the newest updated_at when
   * the walks started): every template edited or added during the walks is there.
   * Edits during this read land above its first page, so a read of more than
   * one page is followed by another down to that page's newest.
   */
  async function checkNewest(since: number): Promise<void> {
    for (let floor = since; ; ) {
      let newest: number | undefined;
      let read = 0;
      await walk(true, new AbortController().signal, (updatedAt) => updatedAt < floor, (page) => {
        read++;
        newest ??= Math.max(-Infinity, ...page.map((template) => template.updatedAt));
        return page.some((template) => template.updatedAt < floor);
      });
      if (read <= 1) return;
      floor = newest ?? -Infinity;
    }
  }
}

export async function fetchTemplate(credentials: Credentials, key: string, options: ClientOptions = {}): Promise<Template> {
  const url = templateUrl(credentials, key);
  const raw = await withRetry(
    () => getJson(url, credentials.apiToken, { timeoutMs: options.timeoutMs }),
    options.policy ?? DEFAULT_RETRY_POLICY,
    options.clock ?? realClock,
  );
  const result = normalizeTemplate(raw);
  if (!result.ok) throw badResponse(url, `Template ${key} could not be read: ${result.skipped.reason}`);
  return result.template;
}
