import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * Whether the `Api-Token` header (any capitalization: Node lowercases header
 * names) equals the expected token. Compared in constant time, as a real
 * server must, even though only loopback clients ever reach the stand-in.
 */
export function apiTokenMatches(headers: IncomingHttpHeaders, expected: string): boolean {
  const given = headers['api-token'];
  if (typeof given !== 'string' || given === '' || expected === '') return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

const SECRET_HEADERS = new Set(['api-token', 'authorization', 'proxy-authorization', 'cookie']);

/** Header names lowercased, secrets dropped: what the request log may keep. */
export function loggableHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (value === undefined || SECRET_HEADERS.has(lower)) continue;
    kept[lower] = Array.isArray(value) ? value.join(', ') : value;
  }
  return kept;
}
