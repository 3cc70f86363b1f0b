import type { SendbirdErrorInfo, SendbirdErrorKind } from '../../shared/sendbird-error';

/** A failed Sendbird call. `info` is safe to send to any extension page. */
export class SendbirdRequestError extends Error {
  constructor(readonly info: SendbirdErrorInfo) {
    super(`${info.kind}: ${info.detail}`);
    this.name = 'SendbirdRequestError';
  }
}

// Sendbird's documented error codes that each deserve their own explanation.
const KIND_BY_CODE: Record<number, SendbirdErrorKind> = {
  400401: 'invalid-credentials',
  400108: 'no-permission',
  403100: 'no-permission',
  403101: 'not-activated',
  400304: 'unknown-app',
  400201: 'not-found',
  500910: 'rate-limited',
  500901: 'server-error',
};

export interface ErrorBody {
  code?: number;
  message?: string;
}

/** Reads Sendbird's `{error, code, message}` body; anything else yields {}. */
export function parseErrorBody(text: string): ErrorBody {
  try {
    const body: unknown = JSON.parse(text);
    if (body && typeof body === 'object') {
      const { code, message } = body as Record<string, unknown>;
      return {
        code: typeof code === 'number' ? code : typeof code === 'string' && /^\d+$/.test(code) ? Number(code) : undefined,
        // Kept whole: the caller redacts secrets first and only then cuts it (a cut token would escape redaction).
        message: typeof message === 'string' ? message : undefined,
      };
    }
  } catch {
    // Not JSON: a proxy or load balancer page. The status alone decides.
  }
  return {};
}

export function classifyHttpError(status: number, body: ErrorBody): SendbirdErrorKind {
  const byCode = body.code === undefined ? undefined : KIND_BY_CODE[body.code];
  if (byCode) return byCode;
  if (status === 401) return 'invalid-credentials';
  if (status === 403) return 'no-permission';
  if (status === 404) return 'not-found';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server-error';
  return 'bad-request';
}

/**
 * Milliseconds to wait before retrying. Sendbird documents X-RateLimit-RetryAfter
 * without a unit; its limits are per second, so small values (< 100) are read as
 * seconds and larger ones as milliseconds. Retry-After is standard: seconds or a date.
 */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const sendbird = headers.get('x-ratelimit-retryafter')?.trim();
  if (sendbird && /^\d+(\.\d+)?$/.test(sendbird)) {
    const value = Number(sendbird);
    return Math.ceil(value < 100 ? value * 1000 : value);
  }
  const standard = headers.get('retry-after')?.trim();
  if (!standard) return undefined;
  if (/^\d+(\.\d+)?$/.test(standard)) return Math.ceil(Number(standard) * 1000);
  const date = Date.parse(standard);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

