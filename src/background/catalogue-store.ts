import type { TemplateSummary } from '../shared/protocol';
import type { SkippedTemplate, Template } from '../shared/template';

/**
 * The template cache in the extension's IndexedDB: it survives the worker
 * stopping, and unlike storage.local (10 MB without the unlimitedStorage
 * permission) it holds a 5,000-template catalogue. One small record per app with
 * the list (summaries, newest first), and one record per template, so listing
 * never reads the renderable templates and opening one reads only that one.
 * Content scripts run in the page's origin and cannot open it.
 */
export interface CachedCatalogue {
  appKey: string;
  fetchedAt: number;
  summaries: TemplateSummary[];
  skipped: SkippedTemplate[];
}

interface StoredTemplate {
  appKey: string;
  key: string;
  template: Template;
}

const DB_NAME = 'sendbird-catalogue';
const DB_VERSION = 2;
const CATALOGUES = 'catalogues';
const TEMPLATES = 'templates';

let opening: Promise<IDBDatabase> | undefined;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
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
      resolve(db);
    };
    request.onerror = () => {
      opening = undefined;
      reject(request.error ?? new Error('IndexedDB could not be opened'));
    };
  });
  return opening;
}

async function transact<T>(mode: IDBTransactionMode, work: (stores: { catalogues: IDBObjectStore; templates: IDBObjectStore }) => IDBRequest<T> | void): Promise<T | undefined> {
  const db = await open();
  return new Promise<T | undefined>((resolve, reject) => {
    const transaction = db.transaction([CATALOGUES, TEMPLATES], mode);
    const request = work({ catalogues: transaction.objectStore(CATALOGUES), templates: transaction.objectStore(TEMPLATES) });
    transaction.oncomplete = () => resolve(request ? request.result : undefined);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
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
  return (await transact('readonly', ({ catalogues }) => catalogues.get(appKey))) as CachedCatalogue | undefined;
}

export async function readTemplate(appKey: string, key: string): Promise<Template | undefined> {
  const stored = (await transact('readonly', ({ templates }) => templates.get([appKey, key]))) as StoredTemplate | undefined;
  return stored?.template;
}

/**
 * Replaces an app's cached catalogue. The list record is written first and is
 * what readers wait for; the renderable templates follow in their own
 * transaction (5,000 records take about half a second), which IndexedDB runs
 * before any later read of them. A worker stopped before it commits leaves the
 * previous set, and templates.get falls back to Sendbird for a missing one.
 */
export async function writeCatalogue(appKey: string, fetchedAt: number, templates: Template[], skipped: SkippedTemplate[]): Promise<CachedCatalogue> {
  const newestFirst = [...templates].sort((a, b) => b.updatedAt - a.updatedAt || a.key.localeCompare(b.key));
  const catalogue: CachedCatalogue = { appKey, fetchedAt, summaries: newestFirst.map(summarize), skipped };
  await transact('readwrite', ({ catalogues }) => {
    catalogues.put(catalogue);
  });
  transact('readwrite', ({ templates: store }) => {
    store.delete(appRange(appKey));
    for (const template of newestFirst) store.put({ appKey, key: template.key, template } satisfies StoredTemplate);
  }).catch((error: unknown) => console.warn('[sendbird] caching templates failed', error instanceof Error ? error.name : ''));
  return catalogue;
}

export async function deleteCatalogue(appKey: string): Promise<void> {
  await transact('readwrite', ({ catalogues, templates }) => {
    templates.delete(appRange(appKey));
    catalogues.delete(appKey);
  });
}
