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
  /** Opens the options page (content scripts cannot do it themselves). */
  'settings.open': {
    request: Empty,
    response: Empty,
  },
} as const;

export type MessageType = keyof typeof messages;
export type RequestOf<T extends MessageType> = z.infer<(typeof messages)[T]['request']>;
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
