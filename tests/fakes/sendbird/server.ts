/**
 * The HTTPS plumbing: one loopback server for every Sendbird host name, routed
 * by the Host header, with the request log, fault injection and shutdown.
 * The API handlers know nothing of sockets; they turn requests into replies.
 */
import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { standInTls } from '../tls/index.ts';
import { AppRegistry } from './app-registry.ts';
import { apiTokenMatches, loggableHeaders } from './auth.ts';
import { demoApp } from './demo-app.ts';
import { ErrorCode, applicationNotFound, errorReply, internalError, invalidApiToken, invalidValue, notFound, type JsonReply } from './errors.ts';
import { Faults, type FaultDecision } from './faults.ts';
import { stringifyWithRaw } from './raw-json.ts';
import { firstValues, hostName, parseJson, parseTarget, readBody, sleep, writeJsonText } from './http-util.ts';
import { handleNotification, notificationEndpoint, type NotificationEndpoint } from './notifications-api.ts';
import { handleTemplatesApi, isTemplatesPath, TEMPLATES_PATH } from './templates-api.ts';
import type { ReceivedNotification, RequestLogEntry, SendbirdStandIn, StartSendbirdOptions } from './types.ts';

const PLATFORM_HOST = /^api-([^.]+)\.sendbird\.com$/;
const NOTIFICATIONS_HOST = /^api-([^.]+)\.notifications\.sendbird\.com$/;

/** CleverTap batches up to 1,000 profiles; 10 MB leaves room for generous profile data. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;
/** Sendbird message ids are large integers; starting high keeps them realistic-looking. */
const FIRST_MESSAGE_ID = 3_100_000_001;

/**
 * Every response may be read by a page script (CORS), including the headers a
 * client needs to back off after a 429.
 */
const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Retry-After, X-RateLimit-RetryAfter',
};

type Route = { api: 'platform' | 'notifications'; appId: string };

function routeHost(host: string): Route | undefined {
  const notifications = NOTIFICATIONS_HOST.exec(host);
  if (notifications?.[1]) return { api: 'notifications', appId: notifications[1] };
  const platform = PLATFORM_HOST.exec(host);
  if (platform?.[1]) return { api: 'platform', appId: platform[1] };
  return undefined;
}

export async function startSendbirdStandIn(options: StartSendbirdOptions = {}): Promise<SendbirdStandIn> {
  const registry = new AppRegistry(options.apps ?? [demoApp()]);
  const faults = new Faults();
  const requests: RequestLogEntry[] = [];
  const received: ReceivedNotification[] = [];
  let lastMessageId = FIRST_MESSAGE_ID - 1;
  const sockets = new Set<Socket>();
  const shutdown = new AbortController();

  const server = https.createServer({ ...standInTls }, (req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, undefined, internalError());
      else res.destroy();
    });
  });
  // Tracked so close() can end hung and keep-alive connections at once instead of waiting for them.
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const { path, query } = parseTarget(req.url);
    const host = hostName(req.headers.host);
    const entry: RequestLogEntry = {
      method,
      host,
      path,
      query: firstValues(query),
      headers: loggableHeaders(req.headers),
      time: Date.now(),
      status: 0,
    };
    requests.push(entry);

    const body = await readBody(req, MAX_BODY_BYTES);
    if (!body.ok && body.reason === 'aborted') return;
    await sleep(faults.latencyMs, shutdown.signal);
    if (shutdown.signal.aborted) return;

    const route = routeHost(host);
    if (!route) return send(res, entry, errorReply(404, ErrorCode.NotFound, `Unknown host: ${host || '(none)'}.`));
    if (method === 'OPTIONS') return preflight(req, res, entry);

    if (route.api === 'notifications') {
      const endpoint = notificationEndpoint(path);
      if (!endpoint || method !== 'POST') return send(res, entry, notFound(method, path));
      return send(res, entry, notification(req, route.appId, endpoint, body.ok ? body.text : undefined));
    }

    // Faults stand for the network and Sendbird's front door, so they strike before the app or token is looked at.
    const fault = isTemplatesPath(path) ? faults.take(path) : undefined;
    if (fault) return applyFault(fault, req, res, entry, () => platform(req, route.appId, method, path, query));
    const isList = path === TEMPLATES_PATH || path === `${TEMPLATES_PATH}/`;
    const replaced = isList && method === 'GET' ? faults.replaceListPage() : undefined;
    if (replaced) return send(res, entry, { status: 200, body: replaced });
    let reply = platform(req, route.appId, method, path, query);
    if (isList && reply.status === 200) reply = { ...reply, body: faults.shapeListPage(reply.body as Parameters<Faults['shapeListPage']>[0]) };
    send(res, entry, reply);
    if (isTemplatesPath(path) && reply.status >= 200 && reply.status < 300) faults.recordSuccess();
  }

  /** Unknown app is checked before the token, as a real multi-tenant front door must. */
  function platform(req: IncomingMessage, appId: string, method: string, path: string, query: URLSearchParams): JsonReply {
    const registered = registry.get(appId);
    if (!registered) return applicationNotFound(appId);
    if (!apiTokenMatches(req.headers, registered.app.apiToken)) return invalidApiToken();
    if (isTemplatesPath(path)) return handleTemplatesApi(method, path, query, registered.catalogue);
    return notFound(method, path);
  }

  /** Every POST is recorded, refused ones included: tests assert on what CleverTap would have seen fail. */
  function notification(req: IncomingMessage, appId: string, endpoint: NotificationEndpoint, text: string | undefined): JsonReply {
    const parsed = text === undefined ? undefined : parseJson(text);
    const record: ReceivedNotification = {
      appId,
      endpoint,
      body: parsed?.ok ? parsed.value : text,
      accepted: false,
      errors: [],
      deliveries: [],
    };
    received.push(record);

    const registered = registry.get(appId);
    let reply: JsonReply;
    if (!registered) reply = applicationNotFound(appId);
    else if (!apiTokenMatches(req.headers, registered.app.integrationToken)) reply = invalidApiToken();
    else if (parsed === undefined) reply = errorReply(413, ErrorCode.LengthExceeded, `The request body exceeds ${MAX_BODY_BYTES} bytes.`);
    else if (!parsed.ok) reply = invalidValue('body', `The body is not valid JSON (${parsed.error}).`);
    else {
      const outcome = handleNotification(endpoint, parsed.value, registered.catalogue, () => ++lastMessageId);
      record.errors = outcome.errors;
      record.deliveries = outcome.deliveries;
      reply = outcome.reply;
    }
    if (registered) record.appId = registered.app.appId;
    record.accepted = reply.status === 200;
    if (!record.accepted && record.errors.length === 0) record.errors = [messageOf(reply)];
    return reply;
  }

  function applyFault(fault: FaultDecision, req: IncomingMessage, res: ServerResponse, entry: RequestLogEntry, real: () => JsonReply): void {
    switch (fault.kind) {
      case 'resetConnection':
        req.socket.destroy();
        return;
      case 'hang':
        // Never answered; close() destroys the socket.
        return;
      case 'rateLimited': {
        const ms = Math.max(0, Math.round(fault.retryAfterMs ?? 0));
        // Sendbird documents X-RateLimit-RetryAfter (milliseconds here); Retry-After is the
        // standard HTTP header, in whole seconds (rounded up so a client never retries early).
        return send(res, entry, errorReply(429, ErrorCode.RateLimited, 'Too many requests.', {
          'Retry-After': String(Math.ceil(ms / 1000)),
          'X-RateLimit-RetryAfter': String(ms),
        }));
      }
      case 'serverError':
        return send(res, entry, internalError());
      case 'malformedJson': {
        // What a proxy cutting a response short looks like: a 200 whose JSON never closes.
        const text = stringifyWithRaw(real().body);
        entry.status = 200;
        writeJsonText(res, 200, text.slice(0, Math.max(1, Math.floor(text.length / 2))), CORS_HEADERS);
        return;
      }
    }
  }

  function preflight(req: IncomingMessage, res: ServerResponse, entry: RequestLogEntry): void {
    entry.status = 204;
    res.writeHead(204, {
      ...CORS_HEADERS,
      'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
      'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? 'Api-Token, Content-Type, Accept',
      'Access-Control-Max-Age': '600',
      'Content-Type': 'application/json; charset=utf-8',
    });
    res.end();
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });

  let closing: Promise<void> | undefined;
  return {
    port: (server.address() as AddressInfo).port,
    close() {
      closing ??= new Promise<void>((resolve) => {
        shutdown.abort();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
    reset() {
      registry.reset();
      faults.clear();
      requests.length = 0;
      received.length = 0;
      lastMessageId = FIRST_MESSAGE_ID - 1;
    },
    setApp(app) {
      registry.set(app);
    },
    faults,
    requests,
    received,
  };
}

function send(res: ServerResponse, entry: RequestLogEntry | undefined, reply: JsonReply): void {
  if (entry) entry.status = reply.status;
  writeJsonText(res, reply.status, stringifyWithRaw(reply.body), { ...CORS_HEADERS, ...reply.headers });
}

function messageOf(reply: JsonReply): string {
  const body = reply.body as { message?: unknown } | null;
  return typeof body?.message === 'string' ? body.message : `HTTP ${reply.status}`;
}
