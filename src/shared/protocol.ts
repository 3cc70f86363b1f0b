import { z } from 'zod';
import { SENDBIRD_ERROR_KINDS } from './sendbird-error';

/**
 * Every message between the extension's parts: its name, request schema and
 * response schema. Both ends import this file; nothing else names a message.
 * Who may send each message is decided in the background's handler table.
 */

const CredentialsSchema = z.object({
  appId: z.string().max(200),
  apiToken: z.string().max(500),
  apiHost: z.string().max(500),
  integrationToken: z.string().max(500).optional(),
});

const SendbirdErrorSchema = z.object({
  kind: z.enum(SENDBIRD_ERROR_KINDS),
  code: z.number().optional(),
  status: z.number().optional(),
  detail: z.string(),
  host: z.string().optional(),
  retryAfterMs: z.number().optional(),
});

const Empty = z.object({}).strict();

const VariableSchema = z.object({
  name: z.string(),
  type: z.string().optional(),
  label: z.string().optional(),
  locations: z.array(z.enum(['text', 'image', 'button', 'action', 'style', 'data', 'channel', 'other'])),
});

const TemplateSchema = z.object({
  key: z.string(),
  name: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  archived: z.boolean(),
  shape: z.enum(['v3', 'v2']),
  variables: z.array(VariableSchema),
  uiTemplate: z.object({ version: z.number(), body: z.object({ items: z.array(z.unknown()) }) }).optional(),
  dataTemplate: z.record(z.string(), z.string()).optional(),
  colorVariables: z.array(z.object({ name: z.string(), light: z.string(), dark: z.string() })),
  channels: z.array(z.object({ type: z.string(), name: z.string().optional(), content: z.unknown() })).optional(),
});

/** What a list needs: small enough to send 5,000 of them at once. */
const TemplateSummarySchema = z.object({
  key: z.string(),
  name: z.string(),
  updatedAt: z.number(),
  archived: z.boolean(),
  variables: z.array(z.string()),
});
export type TemplateSummary = z.infer<typeof TemplateSummarySchema>;

export const messages = {
  /** Options page: the saved credentials, token included, to fill the form. */
  'settings.get': {
    request: Empty,
    response: z.object({ credentials: CredentialsSchema.nullable() }),
  },
  'settings.save': {
    request: CredentialsSchema,
    response: z.object({ credentials: CredentialsSchema }),
  },
  'settings.clear': {
    request: Empty,
    response: Empty,
  },
  /** Tests the values in the form, saved or not. */
  'connection.test': {
    request: CredentialsSchema,
    response: z.discriminatedUnion('connected', [
      z.object({ connected: z.literal(true), host: z.string(), templatesFound: z.boolean() }),
      z.object({ connected: z.literal(false), error: SendbirdErrorSchema }),
    ]),
  },
  /** Whether the extension is set up; safe for any of our surfaces (no secrets). */
  'setup.status': {
    request: Empty,
    response: z.object({ configured: z.boolean(), appId: z.string().optional() }),
  },
  /**
   * The app's templates, newest first. `cached` answers at once from the cache
   * (starting a refresh when stale); `wait` also waits for a running refresh;
   * `force` syncs with Sendbird first.
   */
  'templates.list': {
    request: z.object({ freshness: z.enum(['cached', 'wait', 'force']).default('cached') }).strict(),
    response: z.object({
      templates: z.array(TemplateSummarySchema),
      fetchedAt: z.number(),
      stale: z.boolean(),
      refreshing: z.boolean(),
      error: SendbirdErrorSchema.optional(),
      skipped: z.number(),
    }),
  },
  /** One template, whole (renderable), from the cache or from Sendbird. */
  'templates.get': {
    request: z.object({ key: z.string().min(1).max(1000) }).strict(),
    response: z.object({ template: TemplateSchema }),
  },
  /**
   * What the webhook setup assistant writes into CleverTap's Create webhook form.
   * Only for our content script on CleverTap's Webhooks settings page, and only
   * sent on the marketer's click: the integration token goes into that form.
   */
  'webhookSetup.prepare': {
    request: z.object({ kind: z.enum(['single', 'multi']) }).strict(),
    response: z.object({
      name: z.string(),
      method: z.literal('POST'),
      url: z.string(),
      headerName: z.string(),
      headerValue: z.string().nullable(),
    }),
  },
  /** Opens the options page (content scripts cannot do it themselves). */
  'settings.open': {
    request: Empty,
    response: Empty,
  },
} as const;

export type MessageType = keyof typeof messages;
export type RequestOf<T extends MessageType> = z.input<(typeof messages)[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<(typeof messages)[T]['response']>;

export const FAILURE_KINDS = ['rejected', 'invalid-request', 'invalid-response', 'not-configured', 'sendbird', 'internal'] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

const FailureSchema = z.object({
  kind: z.enum(FAILURE_KINDS),
  message: z.string(),
  sendbird: SendbirdErrorSchema.optional(),
});
export type Failure = z.infer<typeof FailureSchema>;

export type Reply<T extends MessageType> = { ok: true; data: ResponseOf<T> } | { ok: false; failure: Failure };

export const EnvelopeSchema = z.object({
  type: z.string().max(64),
  payload: z.unknown(),
});
export type Envelope = z.infer<typeof EnvelopeSchema>;

export const ReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), failure: FailureSchema }),
]);

export function isMessageType(type: string): type is MessageType {
  return Object.hasOwn(messages, type);
}
