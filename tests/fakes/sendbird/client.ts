/**
 * A minimal HTTPS client for talking to the stand-in from Node (unit tests,
 * benchmarks): connects to 127.0.0.1 but presents the real Sendbird host name,
 * exactly as the browser does through its host-resolver rules.
 */
import https from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';

export interface StandInRequest {
  port: number;
  /** e.g. `api-<appid>.sendbird.com`; sent as SNI and as the Host header. */
  host: string;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  /** Objects are sent as JSON; strings as they are. */
  body?: unknown;
  /** Default: a fresh connection per request (no keep-alive), so faults on one request cannot leak into the next. */
  agent?: https.Agent;
  /** Aborts with an error whose `code` is 'ETIMEDOUT' when no full response arrives in time. */
  timeoutMs?: number;
}

export interface StandInResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** The parsed body; undefined when it is not JSON. */
  json: unknown;
}

export function requestStandIn(request: StandInRequest): Promise<StandInResponse> {
  const payload = request.body === undefined ? undefined : typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
  const headers: Record<string, string> = { Host: request.host, Accept: 'application/json', ...request.headers };
  if (payload !== undefined) {
    headers['Content-Type'] ??= 'application/json; charset=utf-8';
    headers['Content-Length'] = String(Buffer.byteLength(payload));
  }
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        port: request.port,
        servername: request.host,
        path: request.path,
        method: request.method ?? (payload === undefined ? 'GET' : 'POST'),
        headers,
        rejectUnauthorized: false,
        agent: request.agent ?? false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    if (request.timeoutMs !== undefined) {
      const timer = setTimeout(() => req.destroy(Object.assign(new Error(`No response within ${request.timeoutMs} ms.`), { code: 'ETIMEDOUT' })), request.timeoutMs);
      req.once('close', () => clearTimeout(timer));
    }
    req.on('error', reject);
    req.end(payload);
  });
}
