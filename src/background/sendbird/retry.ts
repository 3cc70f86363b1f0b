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

const TRANSIENT: ReadonlySet<SendbirdErrorKind> = new Set(['server-error', 'timeout', 'unreachable', 'bad-response']);

export interface RetryClock {
  sleep(ms: number): Promise<void>;
  now(): number;
  random(): number;
}

export const realClock: RetryClock = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
  random: () => Math.random(),
};

/** "Full jitter" exponential backoff: spreads retries of many clients apart. */
export function backoffDelay(failedAttempts: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failedAttempts - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export async function withRetry<T>(
  attempt: () => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  clock: RetryClock = realClock,
): Promise<T> {
  const started = clock.now();
  let transientFailures = 0;
  let rateLimited = 0;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof SendbirdRequestError)) throw error;
      let delay: number;
      if (error.info.kind === 'rate-limited') {
        rateLimited += 1;
        if (rateLimited > policy.maxRateLimitRetries) throw error;
        delay = error.info.retryAfterMs ?? backoffDelay(rateLimited, policy, clock.random);
      } else if (TRANSIENT.has(error.info.kind)) {
        transientFailures += 1;
        if (transientFailures >= policy.maxAttempts) throw error;
        delay = backoffDelay(transientFailures, policy, clock.random);
      } else {
        throw error;
      }
      if (clock.now() - started + delay > policy.maxTotalMs) throw error;
      await clock.sleep(delay);
    }
  }
}
