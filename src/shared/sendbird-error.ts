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

const codeSuffix = (error: SendbirdErrorInfo) => (error.code ? ` (Sendbird code ${error.code})` : '');

/** One sentence the marketer can act on, for every kind. */
export function explainSendbirdError(error: SendbirdErrorInfo): string {
  switch (error.kind) {
    case 'invalid-credentials':
      return `Sendbird rejected the API token${codeSuffix(error)}. Copy the API token again from Sendbird Dashboard > Settings > Application > General, and check that it belongs to this App ID.`;
    case 'no-permission':
      return `This API token lacks permission to read message templates${codeSuffix(error)}. Use the master API token or give this token Business Messaging access.`;
    case 'not-activated':
      return `Business Messaging is not activated for this Sendbird app${codeSuffix(error)}. Activate it on the Sendbird Dashboard, then try again.`;
    case 'unknown-app':
      return `Sendbird does not know this App ID${codeSuffix(error)}. Check the App ID (and the API host under Advanced, if your app uses its own).`;
    case 'not-found':
      return `Sendbird could not find that template${codeSuffix(error)}. It may have been deleted: refresh the template list.`;
    case 'rate-limited': {
      const wait = error.retryAfterMs ? ` Try again in ${Math.max(1, Math.ceil(error.retryAfterMs / 1000))} s.` : ' Try again in a moment.';
      return `Sendbird is rate limiting requests for this app${codeSuffix(error)}.${wait}`;
    }
    case 'server-error':
      return `Sendbird had a server error${codeSuffix(error)}${error.status ? ` (HTTP ${error.status})` : ''}. Try again in a few minutes.`;
    case 'timeout':
      return `Sendbird did not answer in time${error.host ? ` (${error.host})` : ''}. Check your connection and try again.`;
    case 'offline':
      return 'You appear to be offline: the network is unreachable. Reconnect to the internet and try again.';
    case 'unreachable':
      return `Could not reach ${error.host ?? 'Sendbird'}: the network is unreachable or the host does not exist. Check your connection, the App ID and the API host under Advanced.`;
    case 'bad-response':
      return `Sendbird sent a response we could not read${codeSuffix(error)}. Try again; if it persists, the API host may not be a Sendbird API.`;
    case 'bad-request':
      return `Sendbird refused the request${codeSuffix(error)}: ${error.detail}`;
  }
}
