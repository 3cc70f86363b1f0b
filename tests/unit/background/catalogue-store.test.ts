import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogueOf, deleteCatalogue, readCatalogue, readPart, readTemplate, readWholeList, surfaceAsked, templatesWritten, writeCatalogue } from '../../../src/background/catalogue-store';
import { normalizeTemplate } from '../../../src/background/sendbird/normalize-template';
import type { Template } from '../../../src/shared/template';
import { generateCatalogue } from '../../fakes/sendbird';
import { ageCatalogueRecords } from '../../support/catalogue-cache';

const APP = 'app-store-test@api.sendbird.com';

const templates = (count: number): Template[] => generateCatalogue(count).flatMap((raw) => {
  const result = normalizeTemplate(raw);
  return result.ok ? [result.template] : [];
});

/** Counts the IndexedDB transactions opened from now on (none fail). */
function countTransactions() {
  return vi.spyOn(IDBDatabase.prototype, 'transaction');
}

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteCatalogue(APP);
});

describe('the record a sync just wrote', () => {
  it('answers a list from memory while the template records are still being written, from IndexedDB after', async () => {
    const { catalogue, parts, newestFirst } = catalogueOf(APP, 1_000, templates(300), []);
    await writeCatalogue(catalogue, parts, newestFirst);
    const transactions = countTransactions();
    expect(await readCatalogue(APP)).toMatchObject({ appKey: APP, fetchedAt: 1_000, total: 300 });
    expect(transactions).not.toHaveBeenCalled();

    await templatesWritten(APP);
    // Another extension page may change the record once the sync is done: it is read, not remembered.
    await ageCatalogueRecords(600_000);
    transactions.mockClear();
    expect(await readCatalogue(APP)).toMatchObject({ fetchedAt: 1_000 - 600_000 });
    expect(transactions).toHaveBeenCalled();
  });

  it('is forgotten when the catalogue is deleted meanwhile', async () => {
    const { catalogue, parts, newestFirst } = catalogueOf(APP, 2_000, templates(300), []);
    const written = writeCatalogue(catalogue, parts, newestFirst);
    await deleteCatalogue(APP);
    await written;
    expect(await readCatalogue(APP)).toBeUndefined();
  });
});

/** The template records stored for APP, as (key, version) pairs, read straight from IndexedDB. */
async function storedVersions(): Promise<Map<string, number>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('sendbird-catalogue');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const records = await new Promise<{ key: string; template: Template }[]>((resolve) => {
    const request = db.transaction('templates').objectStore('templates').getAll(IDBKeyRange.bound([APP], [APP, []]));
    request.onsuccess = () => resolve(request.result as { key: string; template: Template }[]);
  });
  db.close();
  const versions = new Map<string, number>();
  for (const { key, template } of records) {
    if (versions.has(key)) throw new Error(`two records for ${key}`);
    versions.set(key, template.updatedAt);
  }
  return versions;
}

/** Counts put() calls on the template store from now on. */
function countTemplatePuts() {
  const put = vi.spyOn(IDBObjectStore.prototype, 'put');
  return () => put.mock.contexts.filter((store) => (store as IDBObjectStore).name === 'templates').length;
}

const write = async (fetchedAt: number, list: Template[]) => {
  const { catalogue, parts, newestFirst } = catalogueOf(APP, fetchedAt, list, []);
  await writeCatalogue(catalogue, parts, newestFirst);
};

describe("a sync's template records", () => {
  it('are not waited for: a template read right after the list is written is answered while they are still being stored', async () => {
    const list = templates(1_000);
    await write(1_000, list);
    const oldest = list.reduce((a, b) => (a.updatedAt <= b.updatedAt ? a : b));
    expect(await readTemplate(APP, oldest.key)).toEqual(oldest);
    // Answered from memory: the read did not queue behind the 1,000 records (on one transaction, it did).
    expect((await storedVersions()).size).toBeLessThan(1_000);
    await templatesWritten(APP);
    expect((await storedVersions()).size).toBe(1_000);
    expect(await readTemplate(APP, oldest.key)).toEqual(oldest);
  });

  it('are written only for new or changed templates; a dropped one is gone as soon as the new list is', async () => {
    const list = templates(300);
    await write(1_000, list);
    await templatesWritten(APP);

    const puts = countTemplatePuts();
    await write(2_000, list);
    await templatesWritten(APP);
    expect(puts()).toBe(0);

    const [edited, dropped, ...kept] = list;
    const newer = { ...edited!, name: 'Edited', updatedAt: edited!.updatedAt + 1 };
    const added = { ...kept[0]!, key: 'added_later', name: 'Added', updatedAt: 9_999_999 };
    await write(3_000, [newer, added, ...kept]);
    expect(await readTemplate(APP, dropped!.key)).toBeUndefined();
    expect(await readTemplate(APP, edited!.key)).toEqual(newer);
    await templatesWritten(APP);
    expect(puts()).toBe(2);
    const versions = await storedVersions();
    expect(versions.size).toBe(300);
    expect(versions.get(edited!.key)).toBe(newer.updatedAt);
    expect(versions.has(dropped!.key)).toBe(false);
    expect(await readTemplate(APP, edited!.key)).toEqual(newer);
  });

  it('stop at a Clear: none is written after the deletion', async () => {
    await write(1_000, templates(1_000));
    await deleteCatalogue(APP);
    await templatesWritten(APP);
    // Let any write that was still queued run.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await storedVersions()).size).toBe(0);
    expect(await readTemplate(APP, templates(1)[0]!.key)).toBeUndefined();
  });

  it('of a catalogue replaced while they were being written give way to the new one: its versions only, each key once', async () => {
    const first = templates(1_000);
    await write(1_000, first);
    const second = first.slice(200).map((template, index) => (index % 2 ? { ...template, updatedAt: template.updatedAt + 1 } : template));
    await write(2_000, second);
    await templatesWritten(APP);
    const versions = await storedVersions();
    expect(versions.size).toBe(800);
    for (const template of second) expect(versions.get(template.key)).toBe(template.updatedAt);
  });

  it('of a catalogue replaced before its list was committed are not written at all', async () => {
    const first = templates(1_000);
    const second = first.slice(0, 500).map((template) => ({ ...template, updatedAt: template.updatedAt + 1 }));
    const puts = countTemplatePuts();
    const { catalogue, parts, newestFirst } = catalogueOf(APP, 1_000, first, []);
    const older = writeCatalogue(catalogue, parts, newestFirst);
    await write(2_000, second);
    await older;
    await templatesWritten(APP);
    expect(puts()).toBe(500);
    const versions = await storedVersions();
    expect(versions.size).toBe(500);
    for (const template of second) expect(versions.get(template.key)).toBe(template.updatedAt);
    expect(await readCatalogue(APP)).toMatchObject({ fetchedAt: 2_000, total: 500 });
  });
});

describe('while surfaces ask', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('the template records wait, the templates are answered from memory, and all are written once the asking stops', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const list = templates(300);
    const puts = countTemplatePuts();
    surfaceAsked();
    await write(1_000, list);
    for (let i = 0; i < 8; i++) {
      await vi.advanceTimersByTimeAsync(400);
      surfaceAsked();
    }
    expect(puts()).toBe(0);
    expect(await readTemplate(APP, list[0]!.key)).toEqual(list[0]);
    // Quiet: the writing goes on, and on without waiting again.
    await vi.advanceTimersByTimeAsync(600);
    vi.useRealTimers();
    await templatesWritten(APP);
    expect(puts()).toBe(300);
    expect((await storedVersions()).size).toBe(300);
  });

  it('the template records of a catalogue deleted while they wait are let go within a tenth of a second, none written', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const puts = countTemplatePuts();
    surfaceAsked();
    await write(1_000, templates(300));
    // The stale versions' drop (a transaction, on IndexedDB's real ticks here) is done: the writing waits for quiet.
    for (let tick = 0; tick < 20; tick++) await new Promise((resolve) => setImmediate(resolve));
    await vi.advanceTimersByTimeAsync(100);
    let settled = false;
    void templatesWritten(APP).then(() => (settled = true));
    await deleteCatalogue(APP);
    // Within the wait for quiet (500 ms), not at its end.
    await vi.advanceTimersByTimeAsync(150);
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(true);
    expect(puts()).toBe(0);
  });

  it('the template records wait 5 s at most in all: a surface that keeps asking delays the writing, then it goes on unwaited', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const puts = countTemplatePuts();
    surfaceAsked();
    await write(1_000, templates(300));
    let written = false;
    void templatesWritten(APP).then(() => (written = true));
    for (let i = 0; i < 20 && !written; i++) {
      await vi.advanceTimersByTimeAsync(400);
      surfaceAsked();
      // Let a chunk whose wait ended be committed (IndexedDB runs on real ticks here).
      for (let tick = 0; tick < 100; tick++) await new Promise((resolve) => setImmediate(resolve));
      // Within the 5 s, nothing is written while the asking goes on.
      if (i < 11) expect(puts()).toBe(0);
    }
    // Past the 5 s, all three chunks went one after the other though the asking never stopped (not one per 5 s).
    expect(written).toBe(true);
    expect(puts()).toBe(300);
    vi.useRealTimers();
    expect((await storedVersions()).size).toBe(300);
  });
});

describe('the list parts of a sync just written', () => {
  it('are answered from memory with their record while its template records are written, from IndexedDB after', async () => {
    const { catalogue, parts, newestFirst } = catalogueOf(APP, 1_000, templates(2_500), []);
    expect(parts.length).toBeGreaterThan(0);
    await writeCatalogue(catalogue, parts, newestFirst);
    const transactions = countTransactions();
    expect(await readPart(APP, parts[0]!.from)).toEqual({ catalogue, list: parts[0]!.list });
    expect(await readWholeList(APP)).toEqual([catalogue.head, ...parts.map((part) => part.list)]);
    expect(transactions).not.toHaveBeenCalled();
    await templatesWritten(APP);
    expect(await readPart(APP, parts[0]!.from)).toEqual({ catalogue, list: parts[0]!.list });
    expect(transactions).toHaveBeenCalled();
  });
});
