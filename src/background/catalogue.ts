import { effectiveApiHost, type Credentials } from '../shared/credentials';
import type { SendbirdErrorInfo } from '../shared/sendbird-error';
import type { AppIdentity, Freshness, ResponseOf, TemplateSummary } from '../shared/protocol';
import { PART_ROWS, packSummaries, unpackSummaries, type PackedParts } from '../shared/catalogue-list';
import { t } from '../shared/i18n';
import type { Template } from '../shared/template';
import { catalogueOf, deleteCatalogue, readCatalogue, readPart, readTemplate, readWholeList, summarize, writeCatalogue, type CachedCatalogue } from './catalogue-store';
import { HandlerFailure } from './failures';
import { fetchTemplate, type ClientOptions } from './sendbird/client';
import { fetchCatalogue } from './sendbird/list-walk';
import { SendbirdRequestError } from './sendbird/errors';
import { loadCredentials } from './settings-store';

/** After this long a cached catalogue is served but refreshed in the background. */
export const STALE_AFTER_MS = 5 * 60_000;
/** A whole sync, every page and every wait included, ends by then. */
export const SYNC_DEADLINE_MS = 3 * 60_000;

/**
 * What templates.list answers: `stale` when older than STALE_AFTER_MS or the
 * last refresh failed (`error` says why); `refreshing` when a refresh is
 * running (ask again with `wait` for its result); `progress` while a first sync
 * is still filling the list (the answer holds the pages that arrived).
 */
export type CatalogueView = ResponseOf<'templates.list'>;

export interface SyncOptions extends ClientOptions {
  /** How long the whole sync may take (SYNC_DEADLINE_MS unless a test says otherwise). */
  deadlineMs?: number;
}

/** The cache is per app and per host: the same App ID on another host is another app. */
export function appKeyOf(credentials: Pick<Credentials, 'appId' | 'apiHost'>): string {
  return `${credentials.appId.toLowerCase()}@${new URL(effectiveApiHost(credentials)).host}`;
}

export function identityOf(credentials: Pick<Credentials, 'appId' | 'apiHost'>): AppIdentity {
  return { appId: credentials.appId, host: new URL(effectiveApiHost(credentials)).host };
}

/** A catalogue as read or written: the cache record, and, for one that lives in memory only, the rest of its list. */
interface Stored extends CachedCatalogue {
  unsaved?: { parts: PackedParts['parts'] };
}

/**
 * One run through Sendbird's pages. It belongs to the credentials it started
 * with: a change of settings aborts it, and it writes nothing unless they are
 * still the saved ones. The pages that arrived are readable while it runs.
 */
interface Sync {
  credentials: Credentials;
  controller: AbortController;
  /** Names this run's growing list, so a follower never adds one run's pages to another's. */
  id: string;
  /** Templates so far, in arrival order. */
  arrived: TemplateSummary[];
  pages: number;
  /** The size of the last complete catalogue, as an estimate, and how many of it were archived. */
  expected?: number;
  expectedArchived?: number;
  /** When a rate-limited request is tried again. */
  retryAt?: number;
  done: Promise<Stored>;
  /** Resolved (and replaced) whenever the sync moves on. */
  moved: { promise: Promise<void>; resolve(): void };
}

// Syncs in flight, so concurrent readers share one network sync.
const syncs = new Map<string, Sync>();
// The last refresh failure per app, so readers of a stale cache learn why.
const lastFailure = new Map<string, SendbirdErrorInfo>();
// A catalogue IndexedDB would not take (quota, broken database): served from
// memory, templates included, for as long as the worker lives.
const unsaved = new Map<string, { catalogue: Stored; templates: Map<string, Template> }>();
let syncCount = 0;

class SettingsChanged extends HandlerFailure {
  constructor() {
    super('app-changed', t('error_settingsChangedDuringSync'));
  }
}

/** The saved settings could not be read to check the sync against them: it ends, and nothing it fetched is written. */
class SettingsUnreadable extends HandlerFailure {
  constructor() {
    super('internal', t('error_settingsUnreadable'));
  }
}

/** The saved credentials, or SettingsUnreadable when storage fails: a sync is never left unchecked. */
const savedCredentials = () =>
  loadCredentials().catch((error: unknown) => {
    console.warn('[sendbird] reading the settings failed', error instanceof Error ? error.name : '');
    throw new SettingsUnreadable();
  });

function signal(): Sync['moved'] {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

function moveOn(sync: Sync): void {
  const moved = sync.moved;
  sync.moved = signal();
  moved.resolve();
}

const sameCredentials = (a: Credentials | null, b: Credentials) => Boolean(a && a.apiToken === b.apiToken && appKeyOf(a) === appKeyOf(b));

/** The cached catalogue: from memory when IndexedDB would not take it; none when IndexedDB cannot be read. */
async function readStored(appKey: string): Promise<Stored | undefined> {
  const inMemory = unsaved.get(appKey)?.catalogue;
  if (inMemory) return inMemory;
  try {
    return await readCatalogue(appKey);
  } catch (error) {
    console.warn('[sendbird] reading the template cache failed', error instanceof Error ? error.name : '');
    return undefined;
  }
}

/** Stops every running sync: the settings they started with are gone. Nothing they fetched is written. */
export function abortSyncs(): void {
  for (const sync of syncs.values()) sync.controller.abort(new SettingsChanged());
  syncs.clear();
}

export function refreshCatalogue(credentials: Credentials, options: SyncOptions = {}): Promise<Stored> {
  return startSync(credentials, options).done;
}

function startSync(credentials: Credentials, options: SyncOptions = {}, previous?: Stored): Sync {
  const appKey = appKeyOf(credentials);
  const running = syncs.get(appKey);
  if (running && sameCredentials(running.credentials, credentials)) return running;
  running?.controller.abort(new SettingsChanged());

  const controller = new AbortController();
  const deadlineMs = options.deadlineMs ?? SYNC_DEADLINE_MS;
  const deadline = AbortSignal.timeout(deadlineMs);
  const sync: Sync = {
    credentials,
    controller,
    id: `${appKey}#sync${++syncCount}@${Date.now()}`,
    arrived: [],
    pages: 0,
    ...estimateFrom(previous),
    done: undefined as unknown as Promise<Stored>,
    moved: signal(),
  };
  // In the map before the run starts: a run that fails before its first await still finds itself there to remove.
  syncs.set(appKey, sync);
  // A save or Clear from now on stops this sync (abortSyncs). One made just before, while the handler that
  // started it still held the old settings, is caught by this one read, while the first page is on its way
  // (a read per page cost every page a storage round trip through the browser process).
  savedCredentials().then(
    (current) => {
      if (!sameCredentials(current, credentials)) controller.abort(new SettingsChanged());
    },
    (error: unknown) => controller.abort(error),
  );
  sync.done = (async (): Promise<Stored> => {
    try {
      const { templates, skipped, duplicates } = await fetchCatalogue(credentials, {
        ...options,
        signal: AbortSignal.any([controller.signal, deadline, ...(options.signal ? [options.signal] : [])]),
        onPage(fresh, pages) {
          for (const template of fresh) sync.arrived.push(summarize(template));
          sync.pages = pages;
          delete sync.retryAt;
          moveOn(sync);
        },
        onWait(ms) {
          sync.retryAt = Date.now() + ms;
          moveOn(sync);
        },
      });
      // Nothing is ever written under credentials that are no longer the saved ones.
      if (controller.signal.aborted || !sameCredentials(await savedCredentials(), credentials)) throw new SettingsChanged();
      const { catalogue, parts, newestFirst } = catalogueOf(appKey, Date.now(), templates, skipped, duplicates);
      try {
        await writeCatalogue(catalogue, parts, newestFirst);
        unsaved.delete(appKey);
      } catch (error) {
        // The cache is an optimisation: the marketer still gets the catalogue, from memory, with a note.
        console.warn('[sendbird] saving the template cache failed', error instanceof Error ? error.name : '');
        unsaved.set(appKey, { catalogue: { ...catalogue, unsaved: { parts } }, templates: new Map(newestFirst.map((template) => [template.key, template])) });
      }
      lastFailure.delete(appKey);
      if (skipped.length) console.warn(`[sendbird] skipped ${skipped.length} malformed template(s)`, skipped.slice(0, 20));
      // Saved, the rest of the list is read from the cache part by part: the worker keeps no copy.
      return unsaved.get(appKey)?.catalogue ?? catalogue;
    } catch (error) {
      if (controller.signal.aborted) throw controller.signal.reason instanceof Error ? controller.signal.reason : new SettingsChanged();
      if (error instanceof SettingsChanged || error instanceof SettingsUnreadable) throw error;
      const failure =
        deadline.aborted && !(error instanceof SendbirdRequestError)
          ? new SendbirdRequestError({ kind: 'timeout', detail: `The template list did not finish loading in ${Math.round(deadlineMs / 1000)} s.` })
          : error;
      lastFailure.set(appKey, failureInfo(failure));
      throw failure;
    } finally {
      if (syncs.get(appKey) === sync) syncs.delete(appKey);
      moveOn(sync);
    }
  })();
  sync.done.catch(() => {});
  return sync;
}

/** The last complete catalogue's size, as a sync's estimate of its own (none when it was empty). */
function estimateFrom(previous: CachedCatalogue | undefined): Pick<Sync, 'expected' | 'expectedArchived'> {
  if (!previous?.total) return {};
  return { expected: previous.total, ...(previous.archived !== undefined ? { expectedArchived: previous.archived } : {}) };
}

/** What went wrong, as the UI explains it; an error that is not Sendbird's answer is a response we could not use. */
function failureInfo(error: unknown): SendbirdErrorInfo {
  return error instanceof SendbirdRequestError ? error.info : { kind: 'bad-response', detail: 'The template list could not be read.' };
}

/** The first reasons a template was skipped, each with the template's key so the marketer can find it in Sendbird. */
function skippedReasons(catalogue: CachedCatalogue): string[] {
  return catalogue.skipped.slice(0, 20).map(({ key, reason }) => `${key ?? '(no key)'}: ${reason}`.slice(0, 300));
}

/** Changes with every sync and names the app: a list held for one version is never shown for another app. */
const versionOf = (catalogue: CachedCatalogue) => `${catalogue.appKey}#${catalogue.fetchedAt}`;

/** What the asker holds: `have` names the version, `from` how many of its rows when not all of them. */
interface Asker {
  have?: string | undefined;
  from?: number | undefined;
}

/**
 * The list part of an answer: nothing for an asker that holds this version,
 * the whole list when it is no longer than its head, else one part: the one
 * after the rows the asker holds of this version, or the head. A part is read
 * with its record, so both are of the same sync.
 */
async function listPart(catalogue: Stored, { have, from }: Asker): Promise<{ catalogue: Stored; part: Partial<CatalogueView> }> {
  const version = versionOf(catalogue);
  if (have === version && from === undefined) return { catalogue, part: {} };
  if (catalogue.headSize >= catalogue.total) return { catalogue, part: { list: catalogue.head } };
  const head = { catalogue, part: { list: catalogue.head, from: 0 } };
  if (have !== version || from === undefined) return head;
  if (catalogue.unsaved) {
    const list = catalogue.unsaved.parts.find((part) => part.from === from)?.list;
    return list === undefined ? head : { catalogue, part: { list, from } };
  }
  const read = await readPart(catalogue.appKey, from).catch((error: unknown) => {
    // Timed out (STORE_TIMEOUT_MS) or failed: the asker keeps the rows it holds and may ask for this part again.
    console.warn('[sendbird] reading a list part failed', error instanceof Error ? error.name : '');
    throw new HandlerFailure('internal', t('error_listPartUnreadable'));
  });
  if (!read) throw new Error('The template cache changed while it was read.');
  // A sync may have replaced the record meanwhile: then the asker starts again with the new head.
  if (versionOf(read.catalogue) !== version || read.list === undefined) return { catalogue: read.catalogue, part: { list: read.catalogue.head, from: 0 } };
  return { catalogue: read.catalogue, part: { list: read.list, from } };
}

async function view(credentials: Credentials, stored: Stored, now: number, asker: Asker, extra: Partial<CatalogueView> = {}): Promise<CatalogueView> {
  const { catalogue, part } = await listPart(stored, asker);
  const appKey = catalogue.appKey;
  const error = lastFailure.get(appKey);
  return {
    app: identityOf(credentials),
    version: versionOf(catalogue),
    total: catalogue.total,
    ...(catalogue.archived !== undefined ? { archived: catalogue.archived } : {}),
    ...part,
    fetchedAt: catalogue.fetchedAt,
    stale: now - catalogue.fetchedAt > STALE_AFTER_MS || Boolean(error),
    refreshing: syncs.has(appKey),
    skipped: catalogue.skipped.length,
    skippedReasons: skippedReasons(catalogue),
    duplicates: catalogue.duplicates ?? 0,
    ...(error ? { error } : {}),
    ...(catalogue.unsaved ? { unsaved: true } : {}),
    ...extra,
  };
}

/**
 * The pages that arrived so far, from index `from` on (at most PART_ROWS of
 * them, so a late follower of a long sync is not sent one huge message), packed:
 * a partial catalogue, said as such.
 */
function partialView(credentials: Credentials, sync: Sync, from: number): CatalogueView {
  const rows = sync.arrived.slice(from, from + PART_ROWS);
  return {
    app: identityOf(credentials),
    version: sync.id,
    total: sync.arrived.length,
    list: packSummaries(rows),
    fetchedAt: Date.now(),
    stale: false,
    refreshing: true,
    skipped: 0,
    duplicates: 0,
    progress: {
      pages: sync.pages,
      from,
      ...(sync.expected ? { expected: sync.expected } : {}),
      ...(sync.expected && sync.expectedArchived !== undefined ? { expectedArchived: sync.expectedArchived } : {}),
      ...(sync.retryAt && sync.retryAt > Date.now() ? { retryAt: sync.retryAt } : {}),
    },
  };
}

/**
 * Waits for the sync's end or, for a follower of this sync's pages (`after`:
 * how many of them it holds), for the sync to move past that.
 */
async function follow(credentials: Credentials, sync: Sync, asker: Asker, after: number | undefined, fallback: Stored | undefined): Promise<CatalogueView> {
  const { have } = asker;
  if (after !== undefined) {
    const from = have === sync.id ? after : 0;
    if (sync.arrived.length <= from) await Promise.race([sync.moved.promise, sync.done.then(noop, noop)]);
    if (syncs.get(appKeyOf(credentials)) === sync) return partialView(credentials, sync, Math.min(from, sync.arrived.length));
  }
  const done = await sync.done.then(
    (catalogue) => ({ catalogue }),
    (error: unknown) => ({ error }),
  );
  if ('catalogue' in done) return view(credentials, done.catalogue, Date.now(), asker);
  // Any failure but a settings change, not only a request's: a sync that broke on bad data keeps the last good catalogue too.
  if (fallback && !(done.error instanceof SettingsChanged)) return view(credentials, fallback, Date.now(), asker, { stale: true, error: failureInfo(done.error) });
  throw done.error;
}

const noop = () => {};

/**
 * Stale-while-revalidate: a cached catalogue comes back at once (with a refresh
 * started when it is stale); `wait` also waits for a running refresh; `force`
 * always syncs. With nothing cached, an asker that can follow a sync's pages
 * (`after` set) gets them as they arrive, marked partial. When Sendbird fails,
 * the last good catalogue comes back marked stale with the reason; a failed
 * sync never replaces it.
 */
export async function getCatalogue(
  credentials: Credentials,
  freshness: Freshness = 'cached',
  options: SyncOptions = {},
  have?: string,
  after?: number,
  from?: number,
): Promise<CatalogueView> {
  const appKey = appKeyOf(credentials);
  const asker: Asker = { have, from };
  if (freshness === 'force') {
    // The first request goes out before the cache is read: IndexedDB may still be busy storing the
    // last sync's templates, and a forced sync needs the cached catalogue only as its fallback.
    const sync = startSync(credentials, options);
    const cached = await readStored(appKey);
    if (sync.expected === undefined) Object.assign(sync, estimateFrom(cached));
    return follow(credentials, sync, asker, undefined, cached);
  }
  const cached = await readStored(appKey);
  const now = Date.now();
  const running = syncs.get(appKey);
  if (cached && freshness === 'cached') {
    if (now - cached.fetchedAt > STALE_AFTER_MS && !running) startSync(credentials, options, cached);
    return view(credentials, cached, now, asker);
  }
  if (running) return follow(credentials, running, asker, cached ? undefined : after, cached);
  if (cached) return view(credentials, cached, now, asker);
  // A follower of a sync that failed meanwhile learns why, instead of starting another.
  const failure = lastFailure.get(appKey);
  if (freshness === 'wait' && failure) throw new SendbirdRequestError(failure);
  return follow(credentials, startSync(credentials, options), asker, after, undefined);
}

/**
 * One template, whole: from the cache, from memory when the cache would not
 * take it, or from Sendbird. `anyKey` false (a content script asks) fetches
 * only a key the app's catalogue lists, counting the pages a running sync has
 * brought: a CleverTap page can plant any key in the editor.
 */
export async function getTemplate(credentials: Credentials, key: string, anyKey: boolean): Promise<Template> {
  const appKey = appKeyOf(credentials);
  const inMemory = unsaved.get(appKey)?.templates.get(key);
  if (inMemory) return inMemory;
  const cached = await readTemplate(appKey, key).catch(() => undefined);
  if (cached) return cached;
  if (!anyKey && !(await catalogueLists(appKey, key))) throw new HandlerFailure('invalid-request', t('error_templateNotInCatalogue', key));
  return fetchTemplate(credentials, key);
}

async function catalogueLists(appKey: string, key: string): Promise<boolean> {
  if (syncs.get(appKey)?.arrived.some((summary) => summary.key === key)) return true;
  const inMemory = unsaved.get(appKey)?.catalogue;
  const packed = inMemory ? [inMemory.head, ...(inMemory.unsaved?.parts ?? []).map((part) => part.list)] : await readWholeList(appKey);
  return packed.some((list) => unpackSummaries(list)?.some((summary) => summary.key === key));
}

export async function forgetCatalogue(credentials: Pick<Credentials, 'appId' | 'apiHost'>): Promise<void> {
  const appKey = appKeyOf(credentials);
  lastFailure.delete(appKey);
  unsaved.delete(appKey);
  await deleteCatalogue(appKey).catch((error: unknown) => console.warn('[sendbird] clearing the template cache failed', error instanceof Error ? error.name : ''));
}
