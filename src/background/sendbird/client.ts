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

/**
 * Every page of the app's templates. Each page is retried on its own, so a rate
 * limit storm in the middle of pagination resumes from the page it hit. The next
 * page is requested as soon as its token is known, so reading a page overlaps
 * with the network wait for the next one.
 */
export async function fetchCatalogue(credentials: Credentials, options: ClientOptions = {}): Promise<Catalogue> {
  const templates: Template[] = [];
  const skipped: SkippedTemplate[] = [];
  let duplicates = 0;
  const seenTokens = new Set<string>();
  const seenKeys = new Set<string>();
  const fetchPage = (token: string | undefined) =>
    withRetry(
      () => fetchTemplatePage(credentials, { limit: MAX_PAGE_SIZE, token }, options.timeoutMs, options.signal),
      options.policy ?? DEFAULT_RETRY_POLICY,
      options.clock ?? realClock,
      { signal: options.signal, onWait: options.onWait },
    );

  let pending = fetchPage(undefined);
  let emptyInARow = 0;
  for (let pages = 1; pages <= MAX_PAGES; pages++) {
    const body = await pending;
    // "More" with no way to get it is a broken answer, not the last page: the list would be cut short.
    if (body.has_more && !body.next) throw badResponse(body.url, 'Sendbird said there are more templates but sent no link to the next page.');
    const next = body.has_more ? body.next! : '';
    emptyInARow = body.templates.length === 0 ? emptyInARow + 1 : 0;
    if (next && emptyInARow >= MAX_EMPTY_PAGES_IN_A_ROW) {
      throw badResponse(body.url, `Sendbird sent ${MAX_EMPTY_PAGES_IN_A_ROW} empty pages in a row without ending the list.`);
    }
    if (next) {
      if (seenTokens.has(next)) throw badResponse(body.url, 'Sendbird returned the same page twice.');
      seenTokens.add(next);
      pending = fetchPage(next);
      // Read this page while the next one is on its way; its failure surfaces on the next await.
      pending.catch(() => {});
    }
    const fresh: Template[] = [];
    for (const raw of body.templates) {
      const result = normalizeTemplate(raw);
      if (!result.ok) skipped.push(result.skipped);
      // Offset paging repeats a template when one is created meanwhile: listed twice, not unreadable.
      else if (seenKeys.has(result.template.key)) duplicates++;
      else {
        seenKeys.add(result.template.key);
        fresh.push(result.template);
      }
    }
    for (const template of fresh) templates.push(template);
    options.onPage?.(fresh, pages);
    if (!next) return { templates, skipped, duplicates, pages };
  }
  throw new SendbirdRequestError({ kind: 'bad-response', detail: `More than ${MAX_PAGES} pages of templates.` });
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
