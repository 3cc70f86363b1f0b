import type { SkippedTemplate, Template } from '../shared/template';

/**
 * The template cache, one record per app and host, in the extension's IndexedDB:
 * it survives the worker stopping, and unlike storage.local (10 MB quota without
 * the unlimitedStorage permission) it holds a 5,000-template catalogue.
 * Content scripts run in the page's origin and cannot open it.
 */
export interface CachedCatalogue {
  appKey: string;
  fetchedAt: number;
  templates: Template[];
  skipped: SkippedTemplate[];
}

const DB_NAME = 'sendbird-catalogue';
const STORE = 'catalogues';

let opening: Promise<IDBDatabase> | undefined;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'appKey' });
    request.onsuccess = () => {
      const db = request.result;
      // Another context deleting or upgrading the database: reopen next time.
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

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  return new Promise<T>((resolve, reject) => {
    const transaction = db.transaction(STORE, mode);
    const request = work(transaction.objectStore(STORE));
    transaction.oncomplete = () => resolve(request.result);
    transaction.onerror = () => reject(transaction.error ?? request.error);
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

export async function readCatalogue(appKey: string): Promise<CachedCatalogue | undefined> {
  return (await run('readonly', (store) => store.get(appKey))) as CachedCatalogue | undefined;
}

export async function writeCatalogue(catalogue: CachedCatalogue): Promise<void> {
  await run('readwrite', (store) => store.put(catalogue));
}

export async function deleteCatalogue(appKey: string): Promise<void> {
  await run('readwrite', (store) => store.delete(appKey));
}

export async function deleteAllCatalogues(): Promise<void> {
  await run('readwrite', (store) => store.clear());
}
