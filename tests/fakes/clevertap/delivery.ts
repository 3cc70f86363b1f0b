/**
 * Calls CleverTap makes to a configured webhook: Preview and Test, and the test
 * POST when a webhook is created. Each is recorded in the store's outbound log,
 * reachable or not.
 */
import { buildWebhookRequests } from './envelope';
import { sendOutbound, type OutboundOptions } from './outbound';
import { eventProperties, SAMPLE_PROFILE, SAMPLE_TARGET_ID } from './sample-data';
import type { PreviewInput } from './schemas';
import type { SandboxStore, WebhookCredentials } from './store';
import type { HttpMethod, OutboundRequest, PreviewResult, WebhookDefinition } from './types';

interface Delivery {
  purpose: OutboundRequest['purpose'];
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  body: string;
}

async function deliver(store: SandboxStore, options: OutboundOptions, delivery: Delivery): Promise<OutboundRequest> {
  const body = delivery.method === 'GET' ? '' : delivery.body;
  const result = await sendOutbound({ ...delivery, body }, options);
  const record: OutboundRequest = { ...delivery, body, ...result, at: new Date().toISOString() };
  if (record.error === undefined) delete record.error;
  store.outbound.push(record);
  return record;
}

/** The webhook's own headers, then Content-Type unless the marketer set one, then authentication. */
async function headersFor(
  store: SandboxStore,
  options: OutboundOptions,
  webhook: Pick<WebhookDefinition, 'headers'>,
  credentials: WebhookCredentials | undefined,
  contentType: string,
): Promise<{ headers: Record<string, string> } | { error: string }> {
  const headers: Record<string, string> = {};
  for (const { key, value } of webhook.headers) if (key.trim()) headers[key.trim()] = value;
  if (!Object.keys(headers).some((key) => key.toLowerCase() === 'content-type')) headers['Content-Type'] = contentType;
  if (credentials?.auth === 'basic') {
    headers.Authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
  }
  if (credentials?.auth === 'oauth2') {
    const token = await fetchOAuthToken(store, options, credentials);
    if ('error' in token) return token;
    headers.Authorization = `Bearer ${token.accessToken}`;
  }
  return { headers };
}

async function fetchOAuthToken(
  store: SandboxStore,
  options: OutboundOptions,
  credentials: Extract<WebhookCredentials, { auth: 'oauth2' }>,
): Promise<{ accessToken: string } | { error: string }> {
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: credentials.clientId,
    client_secret: credentials.clientSecret,
  });
  const record = await deliver(store, options, {
    purpose: 'oauth-token',
    method: 'POST',
    url: credentials.tokenUrl,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  const failure = `OAuth 2.0: could not get an access token from ${credentials.tokenUrl}`;
  if (record.status !== 200) return { error: `${failure} (${record.error ?? `HTTP ${record.status}`})` };
  try {
    const token = (JSON.parse(record.responseBody) as { access_token?: unknown }).access_token;
    if (typeof token === 'string' && token) return { accessToken: token };
  } catch {
    // Falls through to the error below: a token endpoint must answer JSON.
  }
  return { error: `${failure} (no access_token in the response)` };
}

export async function previewAndTest(
  store: SandboxStore,
  options: OutboundOptions,
  webhook: WebhookDefinition,
  input: PreviewInput,
): Promise<PreviewResult> {
  const [request] = buildWebhookRequests(input.content, webhook.url, {
    targetId: input.targetId ?? SAMPLE_TARGET_ID,
    profiles: [SAMPLE_PROFILE],
    eventProperties: eventProperties(input.event),
  });
  if (!request) throw new Error('No request built for the sample profile');
  const prepared = await headersFor(store, options, webhook, store.credentials.get(webhook.id), request.contentType);
  const base = { method: webhook.method, url: request.url, body: request.body };
  if ('error' in prepared) return { request: { ...base, headers: {} }, status: null, responseBody: '', error: prepared.error };
  const record = await deliver(store, options, { purpose: 'preview', ...base, headers: prepared.headers });
  return {
    request: { method: record.method, url: record.url, headers: record.headers, body: record.body },
    status: record.status,
    responseBody: record.responseBody,
    ...(record.error ? { error: record.error } : {}),
  };
}

/** CleverTap's check before it saves a webhook: a test payload that must get HTTP 200. */
export async function testWebhook(
  store: SandboxStore,
  options: OutboundOptions,
  webhook: Omit<WebhookDefinition, 'id'>,
  credentials: WebhookCredentials | undefined,
): Promise<{ ok: true } | { ok: false; error: string; status: number | null; responseBody: string }> {
  const prepared = await headersFor(store, options, webhook, credentials, 'application/json');
  if ('error' in prepared) return { ok: false, error: prepared.error, status: null, responseBody: '' };
  const record = await deliver(store, options, {
    purpose: 'webhook-test',
    method: webhook.method,
    url: webhook.url,
    headers: prepared.headers,
    body: JSON.stringify({ is_test: true, targetId: 0, key_values: {}, profiles: [] }),
  });
  if (record.status === 200) return { ok: true };
  const why = record.error ?? `the destination answered HTTP ${record.status}`;
  return { ok: false, error: `Test request failed: ${why}`, status: record.status, responseBody: record.responseBody };
}
