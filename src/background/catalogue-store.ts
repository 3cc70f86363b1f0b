import { packSummaries } from '../shared/catalogue-list';
import type { TemplateSummary } from '../shared/protocol';
import type { SkippedTemplate, Template } from '../shared/template';

/**
 * The template cache in the extension's IndexedDB: it survives the worker
 * stopping, and unlike storage.local (10 MB without the unlimitedStorage
 * permission) it holds a 20,000-template catalogue. One record per app with the
 * list (summaries, newest first, packed as the one string templates.list sends,
 * so answering reads and sends a string instead of 20,000 objects), and one
 * record per template, so listing never reads the renderable templates and
 * opening one reads only that one. Content scripts run in the page's origin
 * and cannot open it.
 */
export interface CachedCatalogue {
  appKey: string;
  fetchedAt: number;
  /** How many summaries `list` holds. */
  total: number;
  /** The summaries, packed (src/shared/catalogue-list.ts). */
  list: string;
  skipped: SkippedTemplate[];
  /** How many templates Sendbird listed twice while the list was read (kept once; older caches lack it). */
  duplicates?: number;
}

interface StoredTemplate {
  appKey: string;
  key: string;
  template: Template;
}

const DB_NAME = 'sendbird-catalogue';
const DB_VERSION = 3;
const CATALOGUES = 'catalogues';
const TEMPLATES = 'templates';

/**
 * The cache is an optimisation, never a dependency: every wait on IndexedDB is
 * bounded, and a caller that gets an error serves the catalogue from memory.
 */
export const STORE_TIMEOUT_MS = 4_000;

let opening: Promise<IDBDatabase> | undefined;

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
      db.createObjectStore(TEMPLATES, { keyPath: ['appKey', 'key'] });
    };
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => {
        db.close();
        opening = undefined;
      };
      // The browser may close it (storage cleared, disk trouble): open again next time.
      db.onclose = () => {
        opening = undefined;
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

type Stores = { catalogues: IDBObjectStore; templates: IDBObjectStore };

/**
 * One transaction over only the stores it names: IDB queues a transaction behind
 * any running one that shares a store, and the list must not wait for the
 * thousands of template records a sync writes after it.
 */
async function transact<T>(mode: IDBTransactionMode, scope: (keyof Stores)[], work: (stores: Stores) => IDBRequest<T> | void): Promise<T | undefined> {
  const db = await open();
  return bounded(
    new Promise<T | undefined>((resolve, reject) => {
      const names = { catalogues: CATALOGUES, templates: TEMPLATES };
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

/** Every template record of one app. */
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

export async function readCatalogue(appKey: string): Promise<CachedCatalogue | undefined> {
  return (await transact('readonly', ['catalogues'], ({ catalogues }) => catalogues.get(appKey))) as CachedCatalogue | undefined;
}

export async function readTemplate(appKey: string, key: string): Promise<Template | undefined> {
  const stored = (await transact('readonly', ['templates'], ({ templates }) => templates.get([appKey, key]))) as StoredTemplate | undefined;
  return stored?.template;
}

/** The list record of a catalogue and its templates, newest first. */
export function catalogueOf(appKey: string, fetchedAt: number, templates: Template[], skipped: SkippedTemplate[], duplicates = 0): { catalogue: CachedCatalogue; newestFirst: Template[] } {
  const newestFirst = [...templates].sort((a, b) => b.updatedAt - a.updatedAt || a.key.localeCompare(b.key));
  const catalogue: CachedCatalogue = { appKey, fetchedAt, total: newestFirst.length, list: packSummaries(newestFirst.map(summarize)), skipped, duplicates };
  return { catalogue, newestFirst };
}

/**
 * Replaces an app's cached catalogue. The list record is written first and is
 * what readers wait for; the renderable templates follow in their own
 * transaction (5,000 records take about half a second), which IndexedDB runs
 * before any later read of them. A worker stopped before it commits leaves the
 * previous set, and templates.get falls back to Sendbird for a missing one.
 * Rejects when the list record cannot be written (quota, broken database).
 */
export async function writeCatalogue(catalogue: CachedCatalogue, newestFirst: Template[]): Promise<void> {
  const appKey = catalogue.appKey;
  await transact('readwrite', ['catalogues'], ({ catalogues }) => {
    catalogues.put(catalogue);
  });
  transact('readwrite', ['templates'], ({ templates: store }) => {
    store.delete(appRange(appKey));
    for (const template of newestFirst) store.put({ appKey, key: template.key, template } satisfies StoredTemplate);
  }).catch((error: unknown) => console.warn('[sendbird] caching templates failed', error instanceof Error ? error.name : ''));
}

export async function deleteCatalogue(appKey: string): Promise<void> {
  await transact('readwrite', ['catalogues', 'templates'], ({ catalogues, templates }) => {
    templates.delete(appRange(appKey));
    catalogues.delete(appKey);
  });
}
