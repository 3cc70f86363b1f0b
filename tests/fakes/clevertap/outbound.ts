/**
 * The sandbox's only way out: requests CleverTap would make to a webhook. Hosts
 * under .sendbird.com go to the local Sendbird stand-in over real TLS with the
 * real SNI and Host; anything else fails as an unknown host would, so a test
 * can never reach the internet.
 */
import https from 'node:https';
import type { HttpMethod } from './types';

export interface OutboundCall {
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface OutboundResult {
  status: number | null;
  responseBody: string;
  error?: string;
}

export interface OutboundOptions {
  sendbirdPort: number;
  /** CleverTap gives a webhook about 3 to 5 seconds. */
  timeoutMs?: number;
}

const MAX_RESPONSE_BYTES = 256 * 1024;

export function isSendbirdHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'sendbird.com' || host.endsWith('.sendbird.com');
}

export function sendOutbound(call: OutboundCall, options: OutboundOptions): Promise<OutboundResult> {
  let url: URL;
  try {
    url = new URL(call.url);
  } catch {
    return Promise.resolve({ status: null, responseBody: '', error: `Invalid URL: ${call.url}` });
  }
  if (url.protocol !== 'https:') {
    return Promise.resolve({ status: null, responseBody: '', error: `connect ECONNREFUSED ${url.host} (only https is supported)` });
  }
  if (!isSendbirdHost(url.hostname)) {
    return Promise.resolve({ status: null, responseBody: '', error: `getaddrinfo ENOTFOUND ${url.hostname}` });
  }
  const sendsBody = call.method !== 'GET';
  return new Promise((resolve) => {
    const request = https.request(
      {
        host: '127.0.0.1',
        port: options.sendbirdPort,
        servername: url.hostname,
        rejectUnauthorized: false,
        agent: false,
        method: call.method,
        path: url.pathname + url.search,
        headers: {
          ...call.headers,
          Host: url.host,
          ...(sendsBody ? { 'Content-Length': String(Buffer.byteLength(call.body)) } : {}),
        },
        timeout: options.timeoutMs ?? 5_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= MAX_RESPONSE_BYTES) chunks.push(chunk);
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? null, responseBody: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', (error) => resolve({ status: null, responseBody: '', error: error.message }));
      },
    );
    request.on('timeout', () => request.destroy(new Error(`Timed out after ${options.timeoutMs ?? 5_000} ms`)));
    request.on('error', (error) => resolve({ status: null, responseBody: '', error: error.message }));
    if (sendsBody) request.write(call.body);
    request.end();
  });
}
