import type { SendbirdErrorKind } from '../../shared/sendbird-error';
import { SendbirdRequestError } from './errors';

export interface RetryPolicy {
  /** Attempts for server errors, timeouts, unreachable hosts and unreadable bodies. */
  maxAttempts: number;
  /** Rate-limited answers tolerated in a row (Sendbird says how long to wait). */
  maxRateLimitRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** No retry starts once this much time has passed since the first attempt. */
  maxTotalMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  maxRateLimitRetries: 20,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxTotalMs: 90_000,
};

// A timeout is not retried: a request that hung once is cut by its timeout and
// reported, instead of being waited out again and again (4 x 15 s on a dead host).
const TRANSIENT: ReadonlySet<SendbirdErrorKind> = new Set(['server-error', 'unreachable', 'bad-response']);

export interface RetryClock {
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  now(): number;
  random(): number;
}

export const realClock: RetryClock = {
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(signal.reason);
      }, { once: true });
    }),
  now: () => Date.now(),
  random: () => Math.random(),
};

/** "Full jitter" exponential backoff: spreads retries of many clients apart. */
export function backoffDelay(failedAttempts: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failedAttempts - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export interface RetryHooks {
  /** Cancels the waits between attempts. */
  signal?: AbortSignal;
  /** Told before every wait, so a long Retry-After can be shown as a countdown. */
  onWait?(ms: number, error: SendbirdRequestError): void;
}

export async function withRetry<T>(
  attempt: () => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  clock: RetryClock = realClock,
  hooks: RetryHooks = {},
): Promise<T> {
  const started = clock.now();
  let transientFailures = 0;
  let rateLimited = 0;
  let serverError: SendbirdRequestError | undefined;
  // Chromium holds back an extension's requests to a host that keeps answering with server
  // errors ("Request throttled", a connection-level failure to fetch): a retry that fails that
  // way after a server error says nothing about the network, so the server error is the reason.
  const reason = (error: SendbirdRequestError) => (error.info.kind === 'unreachable' && serverError ? serverError : error);
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof SendbirdRequestError)) throw error;
      if (error.info.kind === 'server-error') serverError = error;
      let delay: number;
      if (error.info.kind === 'rate-limited') {
        rateLimited += 1;
        if (rateLimited > policy.maxRateLimitRetries) throw error;
        delay = error.info.retryAfterMs ?? backoffDelay(rateLimited, policy, clock.random);
      } else if (TRANSIENT.has(error.info.kind)) {
        transientFailures += 1;
        if (transientFailures >= policy.maxAttempts) throw reason(error);
        delay = backoffDelay(transientFailures, policy, clock.random);
      } else {
        throw error;
      }
      if (clock.now() - started + delay > policy.maxTotalMs) throw reason(error);
      hooks.onWait?.(delay, error);
      await clock.sleep(delay, hooks.signal);
    }
  }
}
