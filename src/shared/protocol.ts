import { z } from 'zod/mini';
import { credentialsSchema } from './credentials';
import { lazily } from './lazily';
import { SENDBIRD_ERROR_KINDS } from './sendbird-error';
import { HOST_NAME_PATTERN } from './image-hosts';
import { TEMPLATE_KEY_PATTERN, templateSchema } from './template';

export type { TemplateSummary } from './template';

/**
 * Every message between the extension's parts: its name, request schema and
 * response schema. Both ends import this file; nothing else names a message.
 * Who may send each message is decided in the background's handler table.
 * Every schema is built the first time it is used (see lazily.ts): a starting
 * worker builds only those of the message it answers.
 */

const sendbirdErrorSchema = lazily(() =>
  z.object({
    kind: z.enum(SENDBIRD_ERROR_KINDS),
    code: z.optional(z.number()),
    status: z.optional(z.number()),
    detail: z.string(),
    host: z.optional(z.string()),
    retryAfterMs: z.optional(z.number()),
  }),
);

const empty = () => z.strictObject({});

/**
 * How fresh a template list must be: `cached` answers at once from the cache
 * (starting a refresh when stale); `wait` also waits for a running refresh;
 * `force` syncs with Sendbird first.
 */
export const FRESHNESS = ['cached', 'wait', 'force'] as const;
export type Freshness = (typeof FRESHNESS)[number];

/** Which Sendbird app (and host) a catalogue answer came from. */
const appIdentitySchema = lazily(() => z.object({ appId: z.string(), host: z.string() }));
export type AppIdentity = z.infer<ReturnType<typeof appIdentitySchema>>;

export function sameApp(a: AppIdentity | undefined, b: AppIdentity | undefined): boolean {
  return Boolean(a && b && a.appId.toLowerCase() === b.appId.toLowerCase() && a.host === b.host);
}

/** A sync still filling the list: how far it got, and when it waits out a rate limit. */
const syncProgressSchema = lazily(() =>
  z.object({
    pages: z.number(),
    /** The size of the last complete catalogue of this app, as an estimate (archived ones too). */
    expected: z.optional(z.number()),
    /** How many of `expected` were archived (unknown for a catalogue cached before they were counted). */
    expectedArchived: z.optional(z.number()),
    /** Index in the growing list of the answer's first template. */
    from: z.number(),
    /** Epoch ms at which a rate-limited request is tried again. */
    retryAt: z.optional(z.number()),
  }),
);
export type SyncProgress = z.infer<ReturnType<typeof syncProgressSchema>>;

/** A campaign or journey editor a draft belongs to (the page's address). */
const editorKeySchema = () => z.string().check(z.minLength(1), z.maxLength(500));

const variableSourceSchema = () =>
  z.union([
    z.object({ kind: z.literal('text'), text: z.string().check(z.maxLength(5000)) }),
    z.object({ kind: z.literal('profile'), property: z.string().check(z.maxLength(500)), fallback: z.string().check(z.maxLength(5000)) }),
    z.object({ kind: z.literal('event'), event: z.string().check(z.maxLength(500)), property: z.string().check(z.maxLength(500)) }),
  ]);

/** What the picker keeps per editor so CleverTap's idle logout loses nothing: the selection and values, never secrets. */
const draftSchema = lazily(() =>
  z.object({
    templateKey: z.string().check(z.maxLength(1000)),
    templateName: z.string().check(z.maxLength(1000)),
    receiverProperty: z.string().check(z.maxLength(500)),
    eventName: z.string().check(z.maxLength(500)),
    variables: z.record(z.string().check(z.maxLength(500)), variableSourceSchema()),
    savedAt: z.number(),
  }),
);
export type Draft = z.infer<ReturnType<typeof draftSchema>>;

const webhookKindSchema = () => z.enum(['single', 'multi']);
const webhookDraftSchema = () =>
  z.object({
    name: z.string(),
    method: z.literal('POST'),
    url: z.string(),
    headerName: z.string(),
  });

/** What a content script answers to FILL_REQUESTED (see tab-messages.ts). */
export const fillOutcomeSchema = lazily(() =>
  z.discriminatedUnion('outcome', [
    z.object({ outcome: z.literal('filled'), name: z.string() }),
    z.object({ outcome: z.enum(['no-form', 'unknown-webhook', 'refused', 'failed']) }),
  ]),
);
export type FillOutcome = z.infer<ReturnType<typeof fillOutcomeSchema>>;

/** A message's request and response schemas, built together the first time either is used. */
function message<Request extends z.ZodMiniType, Response extends z.ZodMiniType>(build: () => { request: Request; response: Response }) {
  const schemas = lazily(build);
  return {
    get request(): Request {
      return schemas().request;
    },
    get response(): Response {
      return schemas().response;
    },
  };
}

export const messages = {
  /** Options page: the saved credentials, token included, to fill the form. */
  'settings.get': message(() => ({
    request: empty(),
    response: z.object({ credentials: z.nullable(credentialsSchema()) }),
  })),
  'settings.save': message(() => ({
    request: credentialsSchema(),
    response: z.object({ credentials: credentialsSchema() }),
  })),
  'settings.clear': message(() => ({
    request: empty(),
    response: empty(),
  })),
  /** Tests the values in the form, saved or not. */
  'connection.test': message(() => ({
    request: credentialsSchema(),
    response: z.discriminatedUnion('connected', [
      z.object({ connected: z.literal(true), host: z.string(), templatesFound: z.boolean() }),
      z.object({ connected: z.literal(false), error: sendbirdErrorSchema() }),
    ]),
  })),
  /** Whether the extension is set up; safe for any of our surfaces (no secrets). */
  'setup.status': message(() => ({
    request: empty(),
    response: z.object({ configured: z.boolean(), appId: z.optional(z.string()) }),
  })),
  /**
   * The app's templates, newest first, as fresh as asked (see FRESHNESS). `list`
   * is the summaries packed as one string (src/shared/catalogue-list.ts); it is
   * left out when the asker says it already holds this `version` (`have`).
   * Every answer names the app and host it belongs to (`app`).
   */
  'templates.list': message(() => ({
    request: z.strictObject({
      freshness: z._default(z.enum(FRESHNESS), 'cached'),
      have: z.optional(z.string().check(z.maxLength(1000))),
      /**
       * The asker can follow a sync's pages: with nothing cached it gets the pages
       * that arrived (`progress` set), and with `have` naming that sync, the ones
       * after the `after` it holds, as soon as the sync moves on.
       */
      after: z.optional(z.number().check(z.int(), z.nonnegative())),
      /**
       * The asker holds the first `from` rows of the whole list `have` names
       * (a list longer than its head crosses in parts): the answer holds the
       * next part, or the current version's head when `have` is no longer current.
       */
      from: z.optional(z.number().check(z.int(), z.positive())),
    }),
    response: z.object({
      app: appIdentitySchema(),
      version: z.string(),
      total: z.number(),
      /** How many of `total` are archived (unknown for a catalogue cached before they were counted): the surfaces list them only on request. */
      archived: z.optional(z.number()),
      list: z.optional(z.string()),
      /**
       * Set when `list` is one part of this version: its rows from `from` on
       * (0: the head). The asker asks again with `from` set to how many rows it
       * holds until it holds all `total`; until then its list is partial.
       */
      from: z.optional(z.number().check(z.int(), z.nonnegative())),
      fetchedAt: z.number(),
      stale: z.boolean(),
      refreshing: z.boolean(),
      error: z.optional(sendbirdErrorSchema()),
      skipped: z.number(),
      /** Why, for the first few: "<key>: <reason>", in our words. */
      skippedReasons: z.optional(z.array(z.string().check(z.maxLength(300))).check(z.maxLength(20))),
      /** How many templates Sendbird listed twice (each kept once). */
      duplicates: z._default(z.number(), 0),
      /** Set while a first sync fills the list: `list` holds its templates from `from` on, and the list is partial. */
      progress: z.optional(syncProgressSchema()),
      /** The catalogue could not be saved on this computer: it lives in the background's memory only. */
      unsaved: z.optional(z.boolean()),
    }),
  })),
  /**
   * One template, whole (renderable), from the cache or from Sendbird. `app` is
   * the identity of the list it was chosen from; another app's is refused
   * (failure kind `app-changed`) so a key is never read in the wrong app.
   */
  'templates.get': message(() => ({
    request: z.strictObject({ key: z.string().check(z.regex(TEMPLATE_KEY_PATTERN)), app: z.optional(appIdentitySchema()) }),
    response: z.object({ template: templateSchema(), app: appIdentitySchema() }),
  })),
  /** The draft the picker kept for one campaign or journey editor (never secrets), if any. */
  'drafts.get': message(() => ({
    request: z.strictObject({ editor: editorKeySchema() }),
    response: z.object({ draft: z.nullable(draftSchema()) }),
  })),
  /** Keeps (or with `draft: null`, forgets) the picker's draft for one editor, for 7 days. */
  'drafts.put': message(() => ({
    request: z.strictObject({ editor: editorKeySchema(), draft: z.nullable(draftSchema()) }),
    response: empty(),
  })),
  /**
   * The non-secret part of a Sendbird webhook for CleverTap's Create webhook form
   * (name, method, URL, header name). Never the integration token: nothing that
   * happens inside a CleverTap page can release it.
   */
  'webhookSetup.prepare': message(() => ({
    request: z.strictObject({ kind: webhookKindSchema() }),
    response: webhookDraftSchema(),
  })),
  /**
   * The toolbar popup's "Fill the Sendbird webhook form in this tab", a gesture in
   * extension-owned UI that no page can script or overlay. The background asks that
   * tab's content script to fill CleverTap's open Create webhook form and releases
   * the integration token to it (webhookSetup.release) only while this request runs.
   */
  'webhookSetup.fillTab': message(() => ({
    request: z.strictObject({ tabId: z.number().check(z.int(), z.nonnegative()) }),
    response: fillOutcomeSchema(),
  })),
  /** The content script's half of webhookSetup.fillTab: the draft with the token, once per popup request. */
  'webhookSetup.release': message(() => ({
    request: z.strictObject({ requestId: z.string().check(z.minLength(16), z.maxLength(100)), kind: webhookKindSchema() }),
    response: z.extend(webhookDraftSchema(), { headerValue: z.string() }),
  })),
  /** The image hosts the viewer allowed in template previews (Sendbird's own hosts are not listed: they always load). */
  'images.allowed': message(() => ({
    request: empty(),
    response: z.object({ hosts: z.array(z.string()) }),
  })),
  /**
   * Remembers the viewer's "Show images from <host>". Sent only on the viewer's own
   * click (the picker checks event.isTrusted: a page script's click() is not one).
   */
  'images.allow': message(() => ({
    request: z.strictObject({ host: z.string().check(z.regex(HOST_NAME_PATTERN)) }),
    response: z.object({ hosts: z.array(z.string()) }),
  })),
  /** Opens the options page (content scripts cannot do it themselves). */
  'settings.open': message(() => ({
    request: empty(),
    response: empty(),
  })),
} as const;

export type MessageType = keyof typeof messages;
export type RequestOf<T extends MessageType> = z.input<(typeof messages)[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<(typeof messages)[T]['response']>;

export const FAILURE_KINDS = ['rejected', 'app-changed', 'invalid-request', 'invalid-response', 'not-configured', 'sendbird', 'internal'] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

const failureSchema = lazily(() =>
  z.object({
    kind: z.enum(FAILURE_KINDS),
    message: z.string(),
    sendbird: z.optional(sendbirdErrorSchema()),
  }),
);
export type Failure = z.infer<ReturnType<typeof failureSchema>>;

export type Reply<T extends MessageType> = { ok: true; data: ResponseOf<T> } | { ok: false; failure: Failure };

export const envelopeSchema = lazily(() =>
  z.object({
    type: z.string().check(z.maxLength(64)),
    payload: z.unknown(),
  }),
);
export type Envelope = z.infer<ReturnType<typeof envelopeSchema>>;

export const replySchema = lazily(() =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data: z.unknown() }),
    z.object({ ok: z.literal(false), failure: failureSchema() }),
  ]),
);

export function isMessageType(type: string): type is MessageType {
  return Object.hasOwn(messages, type);
}
