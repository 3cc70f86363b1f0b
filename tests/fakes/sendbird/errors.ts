/**
 * Sendbird's error vocabulary. Codes are the ones Sendbird documents for its
 * Platform API (and its SDKs mirror), so a client tested against the stand-in
 * classifies errors the way it will against the real service.
 */
export const ErrorCode = {
  /** "Invalid value": a parameter is present but not acceptable. */
  InvalidValue: 400111,
  /** The page token is unknown, malformed, expired or belongs to another query. */
  PageTokenInvalid: 400109,
  /** "Resource not found". */
  NotFound: 400201,
  /**
   * "Application not found". Sendbird's error table (and every SDK's
   * `appIdNotValid`) uses 400304; 400302 there means "invalid access token".
   */
  ApplicationNotFound: 400304,
  /** "Invalid API token". */
  InvalidApiToken: 400401,
  /** "Length exceeded" (used for oversized request bodies). */
  LengthExceeded: 400110,
  Internal: 500901,
  RateLimited: 500910,
} as const;

export interface SendbirdErrorBody {
  error: true;
  code: number;
  message: string;
}

/** A response the handlers hand back to the HTTP layer, which owns serialization. */
export interface JsonReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export function errorReply(status: number, code: number, message: string, headers?: Record<string, string>): JsonReply {
  const body: SendbirdErrorBody = { error: true, code, message };
  return headers ? { status, body, headers } : { status, body };
}

export const invalidValue = (name: string, detail?: string): JsonReply =>
  errorReply(400, ErrorCode.InvalidValue, `Invalid value: "${name}".${detail ? ` ${detail}` : ''}`);

export const invalidApiToken = (): JsonReply => errorReply(401, ErrorCode.InvalidApiToken, 'Invalid value: "Api-Token".');

/**
 * HTTP 400, as Sendbird answers every client error it finds before routing to
 * an app (its 4xx codes are carried in the body; the HTTP status is coarse).
 */
export const applicationNotFound = (appId: string): JsonReply =>
  errorReply(400, ErrorCode.ApplicationNotFound, `Application not found: ${appId}.`);

export const notFound = (method: string, path: string): JsonReply =>
  errorReply(404, ErrorCode.NotFound, `Resource not found: ${method} ${path}.`);

export const internalError = (): JsonReply => errorReply(500, ErrorCode.Internal, 'Internal server error.');
