/** One Sendbird application as the stand-in serves it. */
export interface SendbirdApp {
  appId: string;
  apiToken: string;
  integrationToken: string;
  /** Raw template JSON exactly as Sendbird returns it (v3 or v2 shape). */
  templates: unknown[];
}

export interface StartSendbirdOptions {
  /** Default 0: a random free port. */
  port?: number;
  /** Default: [demoApp()]. */
  apps?: SendbirdApp[];
}

export interface RequestLogEntry {
  method: string;
  /** Lowercased, without the port. */
  host: string;
  path: string;
  query: Record<string, string>;
  /** Lowercased names; `api-token`, `authorization` and `cookie` removed. */
  headers: Record<string, string>;
  /** Unix milliseconds when the request arrived. */
  time: number;
  /** The status sent, or 0 when no response was sent (hang, reset connection). */
  status: number;
}

export interface Delivery {
  templateKey: string;
  receiver: string;
  eventName: string;
  variables: Record<string, string>;
}

export interface ReceivedNotification {
  appId: string;
  endpoint: 'single' | 'multi';
  /** Parsed JSON body, or the raw text when it was not JSON. */
  body: unknown;
  accepted: boolean;
  errors: string[];
  deliveries: Delivery[];
}

export interface RateLimitFault {
  count: number;
  retryAfterMs: number;
}

/** Every field is optional; counts are consumed one per matching request. */
export interface FaultSpec {
  /** Added to every request, notifications included. */
  latencyMs?: number;
  rateLimited?: RateLimitFault;
  serverErrors?: number;
  malformedJson?: number;
  hang?: number;
  resetConnection?: number;
  /**
   * Count faults only start after this many template requests have been
   * answered normally, so a storm can land in the middle of pagination.
   */
  afterRequests?: number;
  /** Narrows which template-endpoint paths the count faults apply to. */
  match?: (path: string) => boolean;
  /**
   * List-page faults: they change what a list page says, counted in list pages
   * answered since `set` (`afterPages` answered normally first).
   * `hasMoreWithoutNext`: the page says has_more but its `next` is missing (or null).
   */
  hasMoreWithoutNext?: { afterPages: number; next?: null };
  /** Every list page from then on is empty, says has_more, with a fresh `next` token: forever. */
  endlessEmptyPages?: { afterPages: number };
  /**
   * The catalogue changes between pages: from then on each page starts with the
   * previous page's last template again, as offset paging does when a template is
   * created at the head meanwhile.
   */
  changeBetweenPages?: { afterPages: number };
}

export interface FaultController {
  /** Replaces the current faults. */
  set(spec: FaultSpec): void;
  clear(): void;
  /** What is left of the current faults (counts decrease as they fire). */
  readonly current: Readonly<FaultSpec>;
}

export interface SendbirdStandIn {
  port: number;
  close(): Promise<void>;
  /** Back to the apps given at start; clears faults, request log, received notifications. */
  reset(): void;
  /** Adds or replaces an app by id (case-insensitive). */
  setApp(app: SendbirdApp): void;
  faults: FaultController;
  readonly requests: RequestLogEntry[];
  readonly received: ReceivedNotification[];
}
