import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_RETRY_POLICY, withRetry, type RetryClock } from '../../../src/background/sendbird/retry';
import { SendbirdRequestError } from '../../../src/background/sendbird/errors';
import type { SendbirdErrorInfo } from '../../../src/shared/sendbird-error';

/** A clock whose sleeps advance time instantly and are recorded. */
function fakeClock(random = 0.5): RetryClock & { sleeps: number[] } {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    random: () => random,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

const failure = (info: Partial<SendbirdErrorInfo> & Pick<SendbirdErrorInfo, 'kind'>) =>
  new SendbirdRequestError({ detail: 'x', ...info });

function failingThen<T>(errors: Error[], value: T) {
  let calls = 0;
  const attempt = async () => {
    const error = errors[calls++];
    if (error) throw error;
    return value;
  };
  return { attempt, calls: () => calls };
}

describe('retry', () => {
  it('waits what Sendbird says after a rate limit, as often as it says so', async () => {
    const clock = fakeClock();
    const errors = Array.from({ length: 6 }, () => failure({ kind: 'rate-limited', retryAfterMs: 1200 }));
    const { attempt, calls } = failingThen(errors, 'ok');
    await expect(withRetry(attempt, DEFAULT_RETRY_POLICY, clock)).resolves.toBe('ok');
    expect(calls()).toBe(7);
    expect(clock.sleeps).toEqual([1200, 1200, 1200, 1200, 1200, 1200]);
  });

  it('backs off exponentially with jitter on server errors, then gives up', async () => {
    const clock = fakeClock(1);
    const errors = Array.from({ length: 10 }, () => failure({ kind: 'server-error' }));
    const { attempt, calls } = failingThen(errors, 'never');
    await expect(withRetry(attempt, DEFAULT_RETRY_POLICY, clock)).rejects.toMatchObject({ info: { kind: 'server-error' } });
    expect(calls()).toBe(DEFAULT_RETRY_POLICY.maxAttempts);
    expect(clock.sleeps).toEqual([500, 1000, 2000]);
  });

  it('reports the server error, not "unreachable", when the retries after it fail to connect (Chromium throttles a failing host)', async () => {
    const clock = fakeClock();
    const errors = [failure({ kind: 'server-error', status: 500 }), ...Array.from({ length: 5 }, () => failure({ kind: 'unreachable' }))];
    const { attempt } = failingThen(errors, 'never');
    await expect(withRetry(attempt, DEFAULT_RETRY_POLICY, clock)).rejects.toMatchObject({ info: { kind: 'server-error', status: 500 } });
  });

  it('still reports an unreachable host as unreachable when no server error came before', async () => {
    const clock = fakeClock();
    const errors = Array.from({ length: 5 }, () => failure({ kind: 'unreachable' }));
    const { attempt } = failingThen(errors, 'never');
    await expect(withRetry(attempt, DEFAULT_RETRY_POLICY, clock)).rejects.toMatchObject({ info: { kind: 'unreachable' } });
  });

  it('spreads delays between half and all of the exponential ceiling', () => {
    expect(backoffDelay(1, DEFAULT_RETRY_POLICY, () => 0)).toBe(250);
    expect(backoffDelay(1, DEFAULT_RETRY_POLICY, () => 1)).toBe(500);
    expect(backoffDelay(3, DEFAULT_RETRY_POLICY, () => 0.5)).toBe(1500);
    expect(backoffDelay(30, DEFAULT_RETRY_POLICY, () => 1)).toBe(DEFAULT_RETRY_POLICY.maxDelayMs);
  });

  it.each(['invalid-credentials', 'no-permission', 'not-activated', 'unknown-app', 'not-found', 'bad-request', 'offline'] as const)(
    'does not retry %s',
    async (kind) => {
      const clock = fakeClock();
      const { attempt, calls } = failingThen([failure({ kind })], 'ok');
      await expect(withRetry(attempt, DEFAULT_RETRY_POLICY, clock)).rejects.toMatchObject({ info: { kind } });
      expect(calls()).toBe(1);
      expect(clock.sleeps).toEqual([]);
    },
  );

  it('never waits past the total time budget', async () => {
    const clock = fakeClock();
    const errors = Array.from({ length: 5 }, () => failure({ kind: 'rate-limited', retryAfterMs: 40_000 }));
    const { attempt, calls } = failingThen(errors, 'ok');
    await expect(withRetry(attempt, DEFAULT_RETRY_POLICY, clock)).rejects.toMatchObject({ info: { kind: 'rate-limited' } });
    expect(clock.sleeps).toEqual([40_000, 40_000]);
    expect(calls()).toBe(3);
  });

  it('passes other errors straight through', async () => {
    const { attempt } = failingThen([new TypeError('bug')], 'ok');
    await expect(withRetry(attempt, DEFAULT_RETRY_POLICY, fakeClock())).rejects.toBeInstanceOf(TypeError);
  });
});
