/** The SPA's client for the sandbox API. Errors carry the server's message for display. */
import type {
  Audience,
  KeyValuePair,
  PreviewResult,
  SavedCampaign,
  SavedJourney,
  Schedule,
  WebhookContent,
  WebhookDefinition,
} from '../types';
import type { Scalar } from '../sample-data';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly details: { field?: string; status?: number | null; responseBody?: string },
  ) {
    super(message);
  }
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = (await response.json().catch(() => ({}))) as T & { error?: string };
  if (!response.ok) throw new ApiError(data.error ?? `HTTP ${response.status}`, response.status, data as object);
  return data;
}

export interface Personalization {
  profileProperties: string[];
  events: Record<string, Record<string, Scalar>>;
  segments: string[];
}

export interface CampaignInput {
  name: string;
  webhookId: string;
  audience: Audience;
  schedule: Schedule;
  content: WebhookContent;
}

export interface JourneyInput {
  name: string;
  entryEvent: string;
  webhookNode: { webhookId: string | null; content: WebhookContent | null };
}

export interface WebhookInput {
  name: string;
  method: WebhookDefinition['method'];
  url: string;
  auth: WebhookDefinition['auth'];
  headers: KeyValuePair[];
  basic?: { username: string; password: string };
  oauth2?: { clientId: string; clientSecret: string; tokenUrl: string };
}

export const api = {
  account: () => call<{ accountId: string; name: string; region: string }>('GET', '/account'),
  personalization: () => call<Personalization>('GET', '/personalization'),
  webhooks: () => call<WebhookDefinition[]>('GET', '/webhooks'),
  createWebhook: (input: WebhookInput) => call<WebhookDefinition>('POST', '/webhooks', input),
  preview: (webhookId: string, input: { content: WebhookContent; targetId: number | null; event: string | null }) =>
    call<PreviewResult>('POST', `/webhooks/${encodeURIComponent(webhookId)}/preview`, input),
  campaigns: () => call<SavedCampaign[]>('GET', '/campaigns'),
  campaign: (id: string) => call<SavedCampaign>('GET', `/campaigns/${encodeURIComponent(id)}`),
  saveCampaign: (id: string | null, input: CampaignInput) =>
    id ? call<SavedCampaign>('PUT', `/campaigns/${encodeURIComponent(id)}`, input) : call<SavedCampaign>('POST', '/campaigns', input),
  journeys: () => call<SavedJourney[]>('GET', '/journeys'),
  journey: (id: string) => call<SavedJourney>('GET', `/journeys/${encodeURIComponent(id)}`),
  saveJourney: (id: string | null, input: JourneyInput) =>
    id ? call<SavedJourney>('PUT', `/journeys/${encodeURIComponent(id)}`, input) : call<SavedJourney>('POST', '/journeys', input),
};

/** Dialogs wait on a fetch in real dashboards; the sandbox keeps that 100-300 ms gap. */
export function withLatency<T>(work: Promise<T>): Promise<T> {
  const delay = new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
  return Promise.all([work, delay]).then(([result]) => result);
}
