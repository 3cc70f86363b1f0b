/**
 * Opaque page tokens for the template list.
 *
 * A token is a keyset cursor (the sort position of the last template served),
 * not an offset: a template added or removed between two page requests then
 * shifts nothing, so paging never serves a template twice or skips one that
 * existed for the whole walk. The token also pins the query it was issued for
 * (order, direction, key filter); replaying it against another query is
 * rejected like Sendbird rejects an expired token.
 */

export interface PageCursor {
  updatedAt: number;
  key: string;
}

/** The parts of a list query a token is only valid for. */
export interface PageScope {
  order: 'updated_at';
  reverse: boolean;
  /** The normalized `keys` filter ('' when absent). */
  keys: string;
}

interface TokenPayload {
  v: 1;
  o: string;
  r: 0 | 1;
  f: string;
  u: number;
  k: string;
}

export function encodePageToken(cursor: PageCursor, scope: PageScope): string {
  const payload: TokenPayload = { v: 1, o: scope.order, r: scope.reverse ? 1 : 0, f: scope.keys, u: cursor.updatedAt, k: cursor.key };
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

/** The cursor, or undefined when the token is garbage or was issued for another query. */
export function decodePageToken(token: string, scope: PageScope): PageCursor | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(token)) return undefined;
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!isPayload(payload)) return undefined;
  if (payload.o !== scope.order || payload.r !== (scope.reverse ? 1 : 0) || payload.f !== scope.keys) return undefined;
  return { updatedAt: payload.u, key: payload.k };
}

function isPayload(value: unknown): value is TokenPayload {
  if (!value || typeof value !== 'object') return false;
  const p = value as Record<string, unknown>;
  return (
    p.v === 1 &&
    typeof p.o === 'string' &&
    (p.r === 0 || p.r === 1) &&
    typeof p.f === 'string' &&
    typeof p.u === 'number' &&
    Number.isFinite(p.u) &&
    typeof p.k === 'string'
  );
}
