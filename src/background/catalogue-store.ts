import { packParts, type PackedParts } from '../shared/catalogue-list';
import type { TemplateSummary } from '../shared/protocol';
import type { SkippedTemplate, Template } from '../shared/template';

/**
 * The template cache in the extension's IndexedDB: it survives the worker
 * stopping, and unlike storage.local (10 MB without the unlimitedStorage
 * permission) it holds a 20,000-template catalogue. Per app: one small record
 * (what a list answer says, with the first screen of the list: `head`), the
 * rest of the list in parts of PART_ROWS summaries (newest first, each packed
 * as the string templates.list sends, so answering reads and sends one part of
 * about 200 KB instead of 20,000 objects), and one record per template, so
 * listing never reads the renderable templates and opening one reads only
 * that one. A record and a part read together are always of the same sync. Content
 * scripts run in the page's origin and cannot open it.
 */
export interface CachedCatalogue {
  appKey: string;
  fetchedAt: number;
  /** How many summaries the whole list holds. */
  total: number;
  /** The first rows of the list, packed (src/shared/catalogue-list.ts packParts). */
  head: string;
  /** How many summaries `head` holds. */
  headSize: number;
  skipped: SkippedTemplate[];
  /** How many templates Sendbird listed twice while the list was read (kept once; older caches lack it). */
  duplicates?: number;
}

interface StoredPart {
  appKey: string;
  /** The row of the whole list this part starts at. */
  from: number;
  /** Its summaries, packed (src/shared/catalogue-list.ts). */
  list: string;
}

interface StoredTemplate {
  appKey: string;
  key: string;
  template: Template;
}

const DB_NAME = 'sendbird-catalogue';
const DB_VERSION = 5;
const CATALOGUES = 'catalogues';
const LISTS = 'lists';
const TEMPLATES = 'templates';

/**
 * The cache is an optimisation, never a dependency: every wait on IndexedDB is
 * bounded, and a caller that gets an error serves the catalogue from memory.
 */
export const STORE_TIMEOUT_MS = 4_000;

let opening: Promise<IDBDatabase> | undefined;

/**
 * The record a sync just wrote, per app, kept while its template records are
 * still being written: IndexedDB is then busy committing thousands of them,
 * and a list answer's head read behind them took 100-460 ms at 20,000
 * templates. Only for that window: any other time the record is read, since
 * another extension page may have changed it (the browser tests age it).
 */
const writing = new Map<string, CachedCatalogue>();
/** Counts deletes, so a write whose app was deleted meanwhile does not keep its record in memory. */
let deletes = 0;

function bounded<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DOMException(`IndexedDB did not ${what} in time`, 'TimeoutError')), STORE_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function openOnce(): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      // A cache: older layouts are dropped, not migrated.
      for (const name of [...db.objectStoreNames]) db.deleteObjectStore(name);
      db.createObjectStore(CATALOGUES, { keyPath: 'appKey' });
      db.createObjectStore(LISTS, { keyPath: ['appKey', 'from'] });
      db.createObjectStore(TEMPLATES, { keyPath: ['appKey', 'key'] });
    };
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => {
        db.close();
        opening = undefined;
        writing.clear();
      };
      // The browser may close it (storage cleared, disk trouble): open again next time, and read again.
      db.onclose = () => {
        opening = undefined;
        writing.clear();
      };
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
  });
}

function deleteDatabase(): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be deleted'));
  });
}

/**
 * Opens the cache. A database this code cannot open (a newer version left by a
 * downgrade, a broken file) is deleted and made again: it only ever holds a cache.
 * A blocked open (an old version held open elsewhere) gives up after STORE_TIMEOUT_MS.
 */
function open(): Promise<IDBDatabase> {
  opening ??= (async () => {
    try {
      return await bounded(openOnce(), 'open');
    } catch (error) {
      if (error instanceof DOMException && error.name === 'TimeoutError') throw error;
      await bounded(deleteDatabase(), 'reset');
      return await bounded(openOnce(), 'open');
    }
  })();
  opening.catch(() => {
    opening = undefined;
  });
  return opening;
}

type Stores = { catalogues: IDBObjectStore; lists: IDBObjectStore; templates: IDBObjectStore };

/**
 * One transaction over only the stores it names: IDB queues a transaction behind
 * any running one that shares a store, and the list must not wait for the
 * thousands of template records a sync writes after it.
 */
async function transact<T>(mode: IDBTransactionMode, scope: (keyof Stores)[], work: (stores: Stores) => IDBRequest<T> | void): Promise<T | undefined> {
  const db = await open();
  return bounded(
    new Promise<T | undefined>((resolve, reject) => {
      const names = { catalogues: CATALOGUES, lists: LISTS, templates: TEMPLATES };
      const transaction = db.transaction(scope.map((name) => names[name]), mode);
      const stores = Object.fromEntries(scope.map((name) => [name, transaction.objectStore(names[name])])) as Stores;
      const request = work(stores);
      transaction.oncomplete = () => resolve(request ? request.result : undefined);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    }),
    'answer',
  );
}

/** Every template record, or every list part, of one app. */
const appRange = (appKey: string) => IDBKeyRange.bound([appKey], [appKey, []]);

export function summarize(template: Template): TemplateSummary {
  return {
    key: template.key,
    name: template.name,
    updatedAt: template.updatedAt,
    archived: template.archived,
    variables: template.variables.map((variable) => variable.name),
  };
}

/** An app's cached catalogue: what a list answer says, with the head (from memory while a sync's template records are written). */
export async function readCatalogue(appKey: string): Promise<CachedCatalogue | undefined> {
  return writing.get(appKey) ?? ((await transact('readonly', ['catalogues'], ({ catalogues }) => catalogues.get(appKey))) as CachedCatalogue | undefined);
}

/**
 * The part of an app's list that starts at row `from`, with the record it
 * belongs to (read in one transaction: both of the same sync). No list when
 * no part starts there.
 */
export async function readPart(appKey: string, from: number): Promise<{ catalogue: CachedCatalogue; list?: string } | undefined> {
  let part: IDBRequest<StoredPart | undefined> | undefined;
  const catalogue = (await transact('readonly', ['catalogues', 'lists'], ({ catalogues, lists }) => {
    part = lists.get([appKey, from]);
    return catalogues.get(appKey);
  })) as CachedCatalogue | undefined;
  if (!catalogue) return undefined;
  const list = part?.result?.list;
  return list === undefined ? { catalogue } : { catalogue, list };
}

/** An app's whole list, packed in its head and parts, in order (none cached: empty). */
export async function readWholeList(appKey: string): Promise<string[]> {
  let parts: IDBRequest<StoredPart[]> | undefined;
  const catalogue = (await transact('readonly', ['catalogues', 'lists'], ({ catalogues, lists }) => {
    parts = lists.getAll(appRange(appKey));
    return catalogues.get(appKey);
  })) as CachedCatalogue | undefined;
  return catalogue ? [catalogue.head, ...(parts?.result ?? []).map((part) => part.list)] : [];
}

export async function readTemplate(appKey: string, key: string): Promise<Template | undefined> {
  const stored = (await transact('readonly', ['templates'], ({ templates }) => templates.get([appKey, key]))) as StoredTemplate | undefined;
  return stored?.template;
}

/** The records of a catalogue: what a list answer says (with the head), the rest of the list in parts, and its templates, newest first. */
export function catalogueOf(
  appKey: string,
  fetchedAt: number,
  templates: Template[],
  skipped: SkippedTemplate[],
  duplicates = 0,
): { catalogue: CachedCatalogue; parts: PackedParts['parts']; newestFirst: Template[] } {
  const newestFirst = [...templates].sort((a, b) => b.updatedAt - a.updatedAt || a.key.localeCompare(b.key));
  const { head, headSize, parts } = packParts(newestFirst.map(summarize));
  const catalogue: CachedCatalogue = { appKey, fetchedAt, total: newestFirst.length, head, headSize, skipped, duplicates };
  return { catalogue, parts, newestFirst };
}

/**
 * Replaces an app's cached catalogue. The list records are written first and are
 * what readers wait for; the renderable templates follow in their own
 * transaction (5,000 records take about half a second, written in slices so
 * the worker keeps answering), which IndexedDB runs
 * before any later read of them. A worker stopped before it commits leaves the
 * previous set, and templates.get falls back to Sendbird for a missing one.
 * Rejects when the list record cannot be written (quota, broken database).
 */
/**
 * Template records cloned per task while a catalogue is written: put() clones
 * synchronously, and a list request that arrives meanwhile waits behind the
 * slice in hand (500 took 50-100 ms a slice on a busy machine, several of
 * which a list answer's steps each waited behind).
 */
const WRITE_SLICE = 100;

export async function writeCatalogue(catalogue: CachedCatalogue, parts: PackedParts['parts'], newestFirst: Template[]): Promise<void> {
  const appKey = catalogue.appKey;
  writing.delete(appKey);
  const deletesBefore = deletes;
  await transact('readwrite', ['catalogues', 'lists'], ({ catalogues, lists }) => {
    catalogues.put(catalogue);
    lists.delete(appRange(appKey));
    for (const { from, list } of parts) lists.put({ appKey, from, list } satisfies StoredPart);
  });
  // Committed: until the template records are too, list answers take the head from memory.
  if (deletes === deletesBefore) writing.set(appKey, catalogue);
  const written = () => {
    if (writing.get(appKey) === catalogue) writing.delete(appKey);
  };
  // Cut into slices the writing lets go of one by one: put() copies a template, so once its slice
  // is queued the worker no longer holds it (20,000 renderable templates are tens of megabytes).
  const slices: Template[][] = [];
  for (let start = 0; start < newestFirst.length; start += WRITE_SLICE) slices.push(newestFirst.slice(start, start + WRITE_SLICE));
  transact('readwrite', ['templates'], ({ templates: store }) => {
    store.delete(appRange(appKey));
    // In slices, each queued when the last one is stored: the worker answers a list request between
    // slices instead of after cloning 20,000 templates in one go. One transaction all the same.
    const putNext = () => {
      let last: IDBRequest | undefined;
      for (const template of slices.shift() ?? []) last = store.put({ appKey, key: template.key, template } satisfies StoredTemplate);
      if (last && slices.length) last.onsuccess = putNext;
    };
    putNext();
  })
    .catch((error: unknown) => console.warn('[sendbird] caching templates failed', error instanceof Error ? error.name : ''))
    .finally(written);
}

export async function deleteCatalogue(appKey: string): Promise<void> {
  deletes++;
  writing.delete(appKey);
  await transact('readwrite', ['catalogues', 'lists', 'templates'], ({ catalogues, lists, templates }) => {
    templates.delete(appRange(appKey));
    lists.delete(appRange(appKey));
    catalogues.delete(appKey);
  });
}
