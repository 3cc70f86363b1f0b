import { t } from './i18n';

/**
 * The small set of failures the UI knows how to explain. Each keeps Sendbird's
 * own code and message when there was one; none ever carries the API token.
 */
export const SENDBIRD_ERROR_KINDS = [
  'invalid-credentials',
  'no-permission',
  'not-activated',
  'unknown-app',
  'not-found',
  'rate-limited',
  'server-error',
  'timeout',
  'offline',
  'unreachable',
  'bad-response',
  'bad-request',
] as const;

export type SendbirdErrorKind = (typeof SENDBIRD_ERROR_KINDS)[number];

export interface SendbirdErrorInfo {
  kind: SendbirdErrorKind;
  /** Sendbird's error code (e.g. 400401), when Sendbird answered with one. */
  code?: number;
  /** HTTP status, when there was a response. */
  status?: number;
  /** Sendbird's message, or what went wrong on our side. Never holds secrets. */
  detail: string;
  /** The host that was called, so the marketer can check it. */
  host?: string;
  retryAfterMs?: number;
}

const codeSuffix = (error: SendbirdErrorInfo) => (error.code ? t('error_codeSuffix', String(error.code)) : '');

/** Failures a dead network also causes: with the browser offline, that is what they are. */
const NETWORK_KINDS: ReadonlySet<SendbirdErrorKind> = new Set(['offline', 'unreachable', 'timeout']);

/**
 * One sentence the marketer can act on, for every kind, in the UI language. When this
 * browser says it is offline, a connection that failed or timed out is called that:
 * "the network is down, reconnect", not "check the App ID and the API host". The
 * service worker that made the request may not see what the page sees (DevTools'
 * offline mode, a captive network), so each page decides when it shows the error.
 */
export function explainSendbirdError(error: SendbirdErrorInfo): string {
  const code = codeSuffix(error);
  const offline = NETWORK_KINDS.has(error.kind) && typeof navigator !== 'undefined' && navigator.onLine === false;
  switch (offline ? 'offline' : error.kind) {
    case 'invalid-credentials':
      return t('error_invalidCredentials', code);
    case 'no-permission':
      return t('error_noPermission', code);
    case 'not-activated':
      return t('error_notActivated', code);
    case 'unknown-app':
      return t('error_unknownApp', code);
    case 'not-found':
      return t('error_notFound', code);
    case 'rate-limited':
      return error.retryAfterMs ? t('error_rateLimitedWait', code, Math.max(1, Math.ceil(error.retryAfterMs / 1000))) : t('error_rateLimited', code);
    case 'server-error':
      return t('error_serverError', code, error.status ? t('error_httpStatusSuffix', String(error.status)) : '');
    case 'timeout':
      return t('error_timeout', error.host ? t('error_hostSuffix', error.host) : '');
    case 'offline':
      return t('error_offline');
    case 'unreachable':
      return t('error_unreachable', error.host ?? 'Sendbird');
    case 'bad-response':
      // The detail of a bad response is always ours (what was wrong with it), never Sendbird's words.
      return error.detail ? t('error_badResponseDetail', code, error.detail) : t('error_badResponse', code);
    case 'bad-request':
      return error.detail ? t('error_badRequest', code, error.detail) : t('error_badRequestNoDetail', code);
  }
}
