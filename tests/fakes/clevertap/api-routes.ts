/** The JSON API behind the SPA, under /api/. State lives in the SandboxStore. */
import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import { CLEVERTAP_ACCOUNT_ID } from '../demo-app';
import { previewAndTest, testWebhook } from './delivery';
import type { OutboundOptions } from './outbound';
import { PROFILE_PROPERTIES, SAMPLE_EVENTS, SEGMENTS } from './sample-data';
import {
  campaignInputSchema,
  journeyInputSchema,
  previewInputSchema,
  webhookInputSchema,
  type WebhookInput,
} from './schemas';
import type { SandboxStore, WebhookCredentials } from './store';
import type { SavedCampaign, SavedJourney, WebhookDefinition } from './types';

export interface ApiContext {
  store: SandboxStore;
  outbound: OutboundOptions;
  region: string;
}

export interface ApiResponse {
  status: number;
  body: unknown;
}

type Handler = (params: string[], body: unknown, context: ApiContext) => Promise<ApiResponse> | ApiResponse;

const ok = (body: unknown, status = 200): ApiResponse => ({ status, body });
const fail = (status: number, error: string, extra: object = {}): ApiResponse => ({ status, body: { error, ...extra } });
const now = () => new Date().toISOString();

function parse<T>(schema: z.ZodType<T>, body: unknown): { data: T } | { error: ApiResponse } {
  const result = schema.safeParse(body);
  if (result.success) return { data: result.data };
  return { error: fail(400, `Invalid request: ${result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`) };
}

const routes: [string, RegExp, Handler][] = [
  ['GET', /^\/api\/account$/, (_p, _b, { region }) => ok({ accountId: CLEVERTAP_ACCOUNT_ID, name: 'Sendbird Demo', region })],
  ['GET', /^\/api\/personalization$/, () => ok({ profileProperties: PROFILE_PROPERTIES, events: SAMPLE_EVENTS, segments: SEGMENTS })],

  ['GET', /^\/api\/webhooks$/, (_p, _b, { store }) => ok(store.webhooks)],
  ['POST', /^\/api\/webhooks$/, createWebhook],
  [
    'POST',
    /^\/api\/webhooks\/([^/]+)\/preview$/,
    async ([id], body, { store, outbound }) => {
      const webhook = store.findWebhook(id ?? '');
      if (!webhook) return fail(404, 'This webhook no longer exists. Pick another one.');
      const input = parse(previewInputSchema, body);
      if ('error' in input) return input.error;
      return ok(await previewAndTest(store, outbound, webhook, input.data));
    },
  ],

  ['GET', /^\/api\/campaigns$/, (_p, _b, { store }) => ok(store.campaigns)],
  ['GET', /^\/api\/campaigns\/([^/]+)$/, ([id], _b, { store }) => found(store.campaigns.find((c) => c.id === id), 'Campaign')],
  ['POST', /^\/api\/campaigns$/, (_p, body, context) => saveCampaign(undefined, body, context)],
  ['PUT', /^\/api\/campaigns\/([^/]+)$/, ([id], body, context) => saveCampaign(id, body, context)],

  ['GET', /^\/api\/journeys$/, (_p, _b, { store }) => ok(store.journeys)],
  ['GET', /^\/api\/journeys\/([^/]+)$/, ([id], _b, { store }) => found(store.journeys.find((j) => j.id === id), 'Journey')],
  ['POST', /^\/api\/journeys$/, (_p, body, context) => saveJourney(undefined, body, context)],
  ['PUT', /^\/api\/journeys\/([^/]+)$/, ([id], body, context) => saveJourney(id, body, context)],
];

export async function handleApi(request: IncomingMessage, context: ApiContext): Promise<ApiResponse> {
  const path = new URL(request.url ?? '/', 'https://sandbox.invalid').pathname;
  const matching = routes.filter(([, pattern]) => pattern.test(path));
  if (!matching.length) return fail(404, `No API route ${path}`);
  const route = matching.find(([method]) => method === request.method);
  if (!route) return fail(405, `${request.method} is not allowed on ${path}`);
  const [, pattern, handler] = route;
  let body: unknown;
  if (request.method !== 'GET') {
    const text = await readBody(request);
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      return fail(400, 'The request body is not JSON');
    }
  }
  const params = (pattern.exec(path) ?? []).slice(1).map((part) => decodeURIComponent(part ?? ''));
  return handler(params, body, context);
}

function found<T>(item: T | undefined, what: string): ApiResponse {
  return item ? ok(item) : fail(404, `${what} not found`);
}

async function createWebhook(_params: string[], body: unknown, { store, outbound }: ApiContext): Promise<ApiResponse> {
  const input = parse(webhookInputSchema, body);
  if ('error' in input) return input.error;
  const { name: rawName, method, url, auth, headers } = input.data;
  const name = rawName.trim();
  if (!name) return fail(400, 'Enter a name for the webhook.', { field: 'name' });
  if (store.webhooks.some((webhook) => webhook.name.toLowerCase() === name.toLowerCase())) {
    return fail(409, `A webhook named "${name}" already exists. Choose another name.`, { field: 'name' });
  }
  if (!isHttpUrl(url.trim())) return fail(400, 'Enter a valid destination URL (https://...).', { field: 'url' });
  const credentials = credentialsOf(input.data);
  if (typeof credentials === 'string') return fail(400, credentials, { field: 'auth' });
  const definition: Omit<WebhookDefinition, 'id'> = {
    name,
    method,
    url: url.trim(),
    auth,
    headers: headers.filter((pair) => pair.key.trim()).map((pair) => ({ key: pair.key.trim(), value: pair.value })),
  };
  const test = await testWebhook(store, outbound, definition, credentials);
  if (!test.ok) return fail(422, test.error, { status: test.status, responseBody: test.responseBody });
  const webhook: WebhookDefinition = { id: store.nextId('webhook'), ...definition };
  store.webhooks.push(webhook);
  if (credentials) store.credentials.set(webhook.id, credentials);
  return ok(webhook, 201);
}

function credentialsOf(input: WebhookInput): WebhookCredentials | undefined | string {
  if (input.auth === 'basic') {
    if (!input.basic?.username.trim()) return 'Enter the username for Basic Authorization.';
    return { auth: 'basic', username: input.basic.username.trim(), password: input.basic.password };
  }
  if (input.auth === 'oauth2') {
    const oauth = input.oauth2;
    if (!oauth?.clientId.trim() || !isHttpUrl(oauth.tokenUrl.trim())) return 'Enter the client ID and token URL for OAuth 2.0.';
    return { auth: 'oauth2', clientId: oauth.clientId.trim(), clientSecret: oauth.clientSecret, tokenUrl: oauth.tokenUrl.trim() };
  }
  return undefined;
}

function saveCampaign(id: string | undefined, body: unknown, { store }: ApiContext): ApiResponse {
  const input = parse(campaignInputSchema, body);
  if ('error' in input) return input.error;
  const data = input.data;
  if (!data.name.trim()) return fail(400, 'Enter a campaign name.', { field: 'name' });
  if (!store.findWebhook(data.webhookId)) return fail(400, 'Select a webhook in Start here.', { field: 'webhookId' });
  const existing = id === undefined ? undefined : store.campaigns.find((campaign) => campaign.id === id);
  if (id !== undefined && !existing) return fail(404, 'Campaign not found');
  const campaign: SavedCampaign = {
    id: existing?.id ?? store.nextId('campaign'),
    channel: 'webhook',
    ...data,
    name: data.name.trim(),
    createdAt: existing?.createdAt ?? now(),
    updatedAt: now(),
  };
  if (existing) store.campaigns.splice(store.campaigns.indexOf(existing), 1, campaign);
  else store.campaigns.push(campaign);
  return ok(campaign, existing ? 200 : 201);
}

function saveJourney(id: string | undefined, body: unknown, { store }: ApiContext): ApiResponse {
  const input = parse(journeyInputSchema, body);
  if ('error' in input) return input.error;
  const data = input.data;
  if (!data.name.trim()) return fail(400, 'Enter a journey name.', { field: 'name' });
  const webhookId = data.webhookNode.webhookId;
  if (webhookId !== null && !store.findWebhook(webhookId)) return fail(400, 'The Webhook node uses a webhook that no longer exists.');
  const existing = id === undefined ? undefined : store.journeys.find((journey) => journey.id === id);
  if (id !== undefined && !existing) return fail(404, 'Journey not found');
  const journey: SavedJourney = {
    id: existing?.id ?? store.nextId('journey'),
    name: data.name.trim(),
    entryEvent: data.entryEvent,
    webhookNode: { id: 'webhook-1', type: 'webhook', ...data.webhookNode },
    createdAt: existing?.createdAt ?? now(),
    updatedAt: now(),
  };
  if (existing) store.journeys.splice(store.journeys.indexOf(existing), 1, journey);
  else store.journeys.push(journey);
  return ok(journey, existing ? 200 : 201);
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !!url.hostname;
  } catch {
    return false;
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
