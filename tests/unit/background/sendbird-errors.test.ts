import { describe, expect, it } from 'vitest';
import { classifyHttpError, parseErrorBody, retryAfterMs } from '../../../src/background/sendbird/errors';
import { explainSendbirdError, SENDBIRD_ERROR_KINDS } from '../../../src/shared/sendbird-error';

describe('Sendbird error classification', () => {
  it.each([
    [401, 400401, 'invalid-credentials'],
    [400, 400401, 'invalid-credentials'],
    [403, 403100, 'no-permission'],
    [403, 403101, 'not-activated'],
    [429, 500910, 'rate-limited'],
    [500, 500901, 'server-error'],
    [404, 400201, 'not-found'],
    [401, undefined, 'invalid-credentials'],
    [429, undefined, 'rate-limited'],
    [503, undefined, 'server-error'],
    [400, 400111, 'bad-request'],
  ] as const)('HTTP %i with code %s is %s', (status, code, kind) => {
    expect(classifyHttpError(status, { code })).toBe(kind);
  });

  it('reads Sendbird error bodies and survives anything else', () => {
    expect(parseErrorBody('{"error":true,"code":400401,"message":"Invalid value: \\"Api-Token\\"."}')).toEqual({
      code: 400401,
      message: 'Invalid value: "Api-Token".',
    });
    expect(parseErrorBody('{"code":"500910"}')).toEqual({ code: 500910, message: undefined });
    expect(parseErrorBody('<html>Bad gateway</html>')).toEqual({});
    expect(parseErrorBody('null')).toEqual({});
  });

  it('reads how long to wait from X-RateLimit-RetryAfter or Retry-After', () => {
    expect(retryAfterMs(new Headers({ 'X-RateLimit-RetryAfter': '1500' }))).toBe(1500);
    expect(retryAfterMs(new Headers({ 'X-RateLimit-RetryAfter': '2' }))).toBe(2000);
    expect(retryAfterMs(new Headers({ 'Retry-After': '3' }))).toBe(3000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs(new Headers({ 'Retry-After': 'Thu, 01 Jan 2026 00:00:05 GMT' }), now)).toBe(5000);
    expect(retryAfterMs(new Headers({ 'Retry-After': 'soon' }))).toBeUndefined();
    expect(retryAfterMs(new Headers())).toBeUndefined();
  });

  it('explains every kind in words, naming the API token for a rejected one', () => {
    for (const kind of SENDBIRD_ERROR_KINDS) {
      expect(explainSendbirdError({ kind, detail: 'x' }).length).toBeGreaterThan(20);
    }
    expect(explainSendbirdError({ kind: 'invalid-credentials', code: 400401, detail: '' })).toMatch(/API token.*400401|400401.*API token/);
    expect(explainSendbirdError({ kind: 'rate-limited', retryAfterMs: 2500, detail: '' })).toMatch(/3 s/);
    expect(explainSendbirdError({ kind: 'unreachable', host: 'api-x.sendbird.com', detail: '' })).toMatch(/api-x\.sendbird\.com/);
  });
});
