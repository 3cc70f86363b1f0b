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
 * about 200 KB instead of 20,000 objects), and one record per template version
 * (key and updated_at), so listing never reads the renderable templates,
 * opening one reads only that one, and a sync rewrites only the templates that
 * changed. A record and a part read together are always of the same sync.
 * Content scripts run in the page's origin and cannot open it.
 */
export interface CachedCatalogue {
  appKey: string;
  fetchedAt: number;
  /** How many summaries the whole list holds. */
  total: number;
  /** How many of them are archived (older caches lack it): a surface says "of N" counting what it lists. */
  archived?: number;
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
  /** The version: part of the record's key, so a sync learns which versions are stored from the keys alone. */
  updatedAt: number;
  template: Template;
}

type TemplateRecordKey = [appKey: string, key: string, updatedAt: number];

const DB_NAME = 'sendbird-catalogue';
const DB_VERSION = 6;
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
 * What a sync just wrote, per app, kept until its template records are
 * committed: the catalogue record (a list answer's head read behind thousands
 * of record writes took 100-460 ms at 20,000 templates), the parts of its list
 * (a part read behind those writes took 100-190 ms) and the templates not
 * yet stored, which templates.get answers from here. Only for that window: any
 * other time the records are read, since another extension page may have changed
 * them (the browser tests age them), and the worker keeps no list.
 */
interface Writing {
  catalogue: CachedCatalogue;
  /** The list's parts by the row each starts at, as written with `catalogue`. */
  parts: Map<number, string>;
  /** By key: the templates whose records are not committed yet. */
  unstored: Map<string, Template>;
  /** The app's generation this write belongs to: once it is not the app's any more, nothing more of it is written. */
  generation: number;
  /** Settles once every record is committed, or the writing stopped. */
  done: Promise<void>;
}
const writing = new Map<string, Writing>();

/**
 * Per app, moved on by every catalogue write and every deletion: a write
 * goes on only while its generation is the app's, so a Clear, or a newer
 * catalogue of the same app, stops it, and nothing of a deleted app is kept in
 * memory.
 */
const generations = new Map<string, number>();

function nextGeneration(appKey: string): number {
  const generation = (generations.get(appKey) ?? 0) + 1;
  generations.set(appKey, generation);
  return generation;
}

const isCurrent = (appKey: string, generation: number) => generations.get(appKey) === generation;

/** Every write stops and nothing written is remembered: the database is gone (closed, upgraded elsewhere). */
function stopAllWriting(): void {
  for (const appKey of generations.keys()) nextGeneration(appKey);
  writing.clear();
}

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
      db.createObjectStore(TEMPLATES, { keyPath: ['appKey', 'key', 'updatedAt'] });
    };
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => {
        db.close();
        opening = undefined;
        stopAllWriting();
      };
      // The browser may close it (storage cleared, disk trouble): open again next time, and read again.
      db.onclose = () => {
        opening = undefined;
        stopAllWriting();
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
  return bounded(unbounded(await open(), mode, scope, work), 'answer');
}

/** The same, waited for however long it takes: for the template records written in the background, which nobody waits for. */
function unbounded<T>(db: IDBDatabase, mode: IDBTransactionMode, scope: (keyof Stores)[], work: (stores: Stores) => IDBRequest<T> | void): Promise<T | undefined> {
  return new Promise<T | undefined>((resolve, reject) => {
    const names = { catalogues: CATALOGUES, lists: LISTS, templates: TEMPLATES };
    const transaction = db.transaction(scope.map((name) => names[name]), mode);
    const stores = Object.fromEntries(scope.map((name) => [name, transaction.objectStore(names[name])])) as Stores;
    const request = work(stores);
    transaction.oncomplete = () => resolve(request ? request.result : undefined);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
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
  return writing.get(appKey)?.catalogue ?? ((await transact('readonly', ['catalogues'], ({ catalogues }) => catalogues.get(appKey))) as CachedCatalogue | undefined);
}

/**
 * The part of an app's list that starts at row `from`, with the record it
 * belongs to (read in one transaction: both of the same sync). No list when
 * no part starts there.
 */
export async function readPart(appKey: string, from: number): Promise<{ catalogue: CachedCatalogue; list?: string } | undefined> {
  const written = writing.get(appKey);
  if (written) {
    const list = written.parts.get(from);
    return list === undefined ? { catalogue: written.catalogue } : { catalogue: written.catalogue, list };
  }
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
  const written = writing.get(appKey);
  if (written) return [written.catalogue.head, ...written.parts.values()];
  let parts: IDBRequest<StoredPart[]> | undefined;
  const catalogue = (await transact('readonly', ['catalogues', 'lists'], ({ catalogues, lists }) => {
    parts = lists.getAll(appRange(appKey));
    return catalogues.get(appKey);
  })) as CachedCatalogue | undefined;
  return catalogue ? [catalogue.head, ...(parts?.result ?? []).map((part) => part.list)] : [];
}

/** One template, whole: from memory while a sync's records are being written, else its record. */
export async function readTemplate(appKey: string, key: string): Promise<Template | undefined> {
  const unstored = writing.get(appKey)?.unstored.get(key);
  if (unstored) return unstored;
  const range = IDBKeyRange.bound([appKey, key], [appKey, key, []]);
  // One version per key once a write is done; should a stopped write have left two, the newer one.
  const stored = (await transact('readonly', ['templates'], ({ templates }) => templates.getAll(range))) as StoredTemplate[] | undefined;
  return stored?.reduce<StoredTemplate | undefined>((newest, record) => (newest && newest.updatedAt >= record.updatedAt ? newest : record), undefined)?.template;
}

/** Settles once the template records of the app's last written catalogue are committed (or their writing stopped). */
export function templatesWritten(appKey: string): Promise<void> {
  return writing.get(appKey)?.done ?? Promise.resolve();
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
  const archived = newestFirst.reduce((count, template) => count + (template.archived ? 1 : 0), 0);
  const catalogue: CachedCatalogue = { appKey, fetchedAt, total: newestFirst.length, archived, head, headSize, skipped, duplicates };
  return { catalogue, parts, newestFirst };
}

/** Template records per transaction: put() clones them in one task, and a template read waits behind at most one such transaction. */
const WRITE_CHUNK = 100;

/**
 * The template records are written while no surface is asking: cloning them
 * took half the worker's time (and IndexedDB's writes the browser's) while the
 * records of a first 20,000-template sync were written, and a popup opened then
 * took 113 ms to show its list against 70 ms once they were. A chunk waits
 * until WRITES_WAIT_QUIET_MS passed without a message, but the writing as a
 * whole waits WRITES_WAIT_AT_MOST_MS at most: the templates are held in memory
 * (and answered from there) until written, about 36 MB at 20,000, and a page
 * that makes our content script ask again and again must not keep them there.
 */
const WRITES_WAIT_QUIET_MS = 500;
const WRITES_WAIT_AT_MOST_MS = 5_000;
let lastAsked = Number.NEGATIVE_INFINITY;

/** A surface is asking (the router calls this for every message it accepts): the template records wait until it is done. */
export function surfaceAsked(): void {
  lastAsked = performance.now();
}

/** Settles once no surface asked for WRITES_WAIT_QUIET_MS (or at `latest`), or as soon as the writing is stopped. */
async function quiet(latest: number, stopped: () => boolean): Promise<void> {
  while (!stopped()) {
    const wait = Math.min(lastAsked + WRITES_WAIT_QUIET_MS, latest) - performance.now();
    if (wait <= 0) return;
    // Looked at again every 100 ms: a Clear lets go of the templates held here within that, not at the wait's end.
    await new Promise((resolve) => setTimeout(resolve, Math.min(wait, 100)));
  }
}

/**
 * Replaces an app's cached catalogue. Resolves once the list records (what
 * readers wait for) are committed; rejects when they cannot be written (quota,
 * broken database). The template records follow without being waited for:
 * first one transaction that drops every stored version the new catalogue does
 * not list (read from the record keys alone), then only the new or changed
 * templates, WRITE_CHUNK per transaction, so a template read or a Clear waits
 * behind one chunk, not behind 20,000 records. Until a template's record is
 * committed, readTemplate answers it from memory. A re-sync of an unchanged
 * catalogue writes no template at all. A Clear, or a newer catalogue of the
 * same app, stops the writing; a worker stopped meanwhile leaves records that
 * the next sync completes, and templates.get falls back to Sendbird for a
 * missing one.
 */
export async function writeCatalogue(catalogue: CachedCatalogue, parts: PackedParts['parts'], newestFirst: Template[]): Promise<void> {
  const appKey = catalogue.appKey;
  // From here on the app's last catalogue writes no more template records (its chunk already made commits
  // first, and the drop below sees it); what it holds in memory still answers until this list is committed.
  const generation = nextGeneration(appKey);
  try {
    await transact('readwrite', ['catalogues', 'lists'], ({ catalogues, lists }) => {
      catalogues.put(catalogue);
      lists.delete(appRange(appKey));
      for (const { from, list } of parts) lists.put({ appKey, from, list } satisfies StoredPart);
    });
  } catch (error) {
    // Not written (the caller serves it from memory): the stopped writing of the last one holds its templates for nothing.
    if (isCurrent(appKey, generation)) writing.delete(appKey);
    throw error;
  }
  // Deleted meanwhile (a Clear, other credentials: the deletion, made later, removed the list), or a newer
  // catalogue of the app is on its way (its list commits after this one): write nothing more.
  if (!isCurrent(appKey, generation)) return;
  const state: Writing = {
    catalogue,
    parts: new Map(parts.map(({ from, list }) => [from, list])),
    unstored: new Map(newestFirst.map((template) => [template.key, template])),
    generation,
    done: Promise.resolve(),
  };
  writing.set(appKey, state);
  state.done = writeTemplates(appKey, state)
    .catch((error: unknown) => console.warn('[sendbird] caching templates failed', error instanceof Error ? error.name : ''))
    .finally(() => {
      if (isCurrent(appKey, generation)) writing.delete(appKey);
    });
}

async function writeTemplates(appKey: string, state: Writing): Promise<void> {
  const db = await open();
  // Made in the task that committed the list: every template read made after it is ordered behind
  // it, so none finds a version the new catalogue no longer lists. Not bounded like a read: a busy
  // disk delays the records, it does not drop them (meanwhile they are answered from memory).
  await unbounded(db, 'readwrite', ['templates'], ({ templates }) => {
    const keys = templates.getAllKeys(appRange(appKey));
    keys.onsuccess = () => {
      for (const key of keys.result as TemplateRecordKey[]) {
        if (state.unstored.get(key[1])?.updatedAt === key[2]) state.unstored.delete(key[1]);
        else templates.delete(key);
      }
    };
  });
  // The next chunk is always the first templates still unstored: each is let go once committed, so memory shrinks as the records are written.
  const waitAtMostUntil = performance.now() + WRITES_WAIT_AT_MOST_MS;
  while (state.unstored.size > 0 && isCurrent(appKey, state.generation)) {
    await quiet(waitAtMostUntil, () => !isCurrent(appKey, state.generation));
    if (!isCurrent(appKey, state.generation)) break;
    const chunk = firstValues(state.unstored, WRITE_CHUNK);
    await unbounded(db, 'readwrite', ['templates'], ({ templates }) => {
      for (const template of chunk) templates.put({ appKey, key: template.key, updatedAt: template.updatedAt, template } satisfies StoredTemplate);
    });
    // Committed: read from IndexedDB from now on, and no longer held here.
    for (const template of chunk) state.unstored.delete(template.key);
  }
}

function firstValues<T>(map: Map<string, T>, count: number): T[] {
  const values: T[] = [];
  for (const value of map.values()) {
    if (values.length === count) break;
    values.push(value);
  }
  return values;
}

export async function deleteCatalogue(appKey: string): Promise<void> {
  nextGeneration(appKey);
  writing.delete(appKey);
  await transact('readwrite', ['catalogues', 'lists', 'templates'], ({ catalogues, lists, templates }) => {
    templates.delete(appRange(appKey));
    lists.delete(appRange(appKey));
    catalogues.delete(appKey);
  });
}
