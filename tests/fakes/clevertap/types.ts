/**
 * Data shapes shared by the sandbox server, its SPA and the tests. Pure types:
 * the SPA bundles this file too, so it must not import anything from Node.
 */

export type HttpMethod = 'POST' | 'GET' | 'PUT' | 'DELETE';
export type WebhookAuth = 'none' | 'basic' | 'oauth2';

export interface KeyValuePair {
  key: string;
  value: string;
}

export interface WebhookDefinition {
  id: string;
  name: string;
  method: HttpMethod;
  url: string;
  auth: WebhookAuth;
  headers: KeyValuePair[];
}

export type ContentFormat = 'json' | 'plain';
export type BodyMode = 'key-value' | 'custom';

/** What the Create Webhook Content window stores. Both body modes keep their content. */
export interface WebhookContent {
  urlParams: KeyValuePair[];
  format: ContentFormat;
  bodyMode: BodyMode;
  keyValues: KeyValuePair[];
  customBody: string;
}

export type Behavior = 'live' | 'past';

export interface Audience {
  /** null means All users. */
  segment: string | null;
  behavior: Behavior;
  /** The qualifying event for live behavior; its properties feed `@<Event> - prop`. */
  event: string | null;
}

export interface Schedule {
  when: 'now' | 'later';
  /** ISO local date-time, only for 'later'. */
  at: string | null;
}

export interface SavedCampaign {
  id: string;
  name: string;
  channel: 'webhook';
  webhookId: string;
  audience: Audience;
  schedule: Schedule;
  content: WebhookContent;
  createdAt: string;
  updatedAt: string;
}

export interface JourneyWebhookNode {
  id: string;
  type: 'webhook';
  webhookId: string | null;
  content: WebhookContent | null;
}

export interface SavedJourney {
  id: string;
  name: string;
  entryEvent: string;
  webhookNode: JourneyWebhookNode;
  createdAt: string;
  updatedAt: string;
}

export interface OutboundRequest {
  /** Why the sandbox made it: a Preview and Test, or the test POST on webhook creation. */
  purpose: 'preview' | 'webhook-test' | 'oauth-token';
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  body: string;
  /** null when the destination could not be reached (see `error`). */
  status: number | null;
  responseBody: string;
  error?: string;
  at: string;
}

/** The API's answer to Preview and Test. */
export interface PreviewResult {
  request: { method: HttpMethod; url: string; headers: Record<string, string>; body: string };
  status: number | null;
  responseBody: string;
  error?: string;
}

export const emptyContent = (): WebhookContent => ({
  urlParams: [],
  format: 'json',
  bodyMode: 'key-value',
  keyValues: [],
  customBody: '',
});
