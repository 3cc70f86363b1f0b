import { requestHeaders } from './endpoints';
import { SendbirdRequestError, classifyHttpError, parseErrorBody, retryAfterMs } from './errors';

/** One request's answer; a page of 100 templates takes well under a second. */
export const DEFAULT_TIMEOUT_MS = 10_000;
const MAX_DETAIL_CHARS = 300;

export interface GetJsonOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * One GET to Sendbird: a timeout, Sendbird's error body turned into a typed error,
 * and the JSON parsed (not yet validated). The token is sent, never echoed back.
 */
export async function getJson(url: URL, apiToken: string, options: GetJsonOptions = {}): Promise<unknown> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
  const host = url.host;
  // Redact before cutting to length: a cut could leave a prefix of the token that no longer matches.
  const redactThenCut = (text: string) => (apiToken ? text.split(apiToken).join('[redacted]') : text).slice(0, MAX_DETAIL_CHARS);
  try {
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, { headers: requestHeaders(apiToken), signal, credentials: 'omit', cache: 'no-store' });
      text = await response.text();
    } catch (cause) {
      if (options.signal?.aborted) throw cause;
      if (timeout.signal.aborted) {
        throw new SendbirdRequestError({ kind: 'timeout', detail: 'No answer before the timeout.', host });
      }
      const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
      throw new SendbirdRequestError({
        kind: offline ? 'offline' : 'unreachable',
        detail: offline ? 'The browser is offline.' : 'The connection failed.',
        host,
      });
    }
    if (!response.ok) {
      const body = parseErrorBody(text);
      throw new SendbirdRequestError({
        kind: classifyHttpError(response.status, body),
        code: body.code,
        status: response.status,
        detail: redactThenCut(body.message ?? `HTTP ${response.status}`),
        host,
        retryAfterMs: retryAfterMs(response.headers),
      });
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new SendbirdRequestError({ kind: 'bad-response', status: response.status, detail: 'The response is not valid JSON.', host });
    }
  } finally {
    clearTimeout(timer);
  }
}
