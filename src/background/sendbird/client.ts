import { z } from 'zod/mini';
import type { Credentials } from '../../shared/credentials';
import { lazily } from '../../shared/lazily';
import type { Template } from '../../shared/template';
import { listTemplatesUrl, templateUrl, type ListTemplatesQuery } from './endpoints';
import { SendbirdRequestError } from './errors';
import { getJson } from './http';
import { normalizeTemplate } from './normalize-template';
import { DEFAULT_RETRY_POLICY, realClock, withRetry, type RetryClock, type RetryPolicy } from './retry';

const pageSchema = lazily(() =>
  z.object({
    templates: z.array(z.unknown()),
    has_more: z.optional(z.boolean()),
    next: z.optional(z.nullable(z.string())),
  }),
);

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

export function badResponse(url: URL, detail: string): SendbirdRequestError {
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
  const parsed = pageSchema().safeParse(body);
  if (!parsed.success) throw badResponse(url, 'The template list is not in the expected shape.');
  return { ...parsed.data, url };
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
