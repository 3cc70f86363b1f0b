import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogueOf, deleteCatalogue, readCatalogue, readTemplate, writeCatalogue, writeTemplates } from '../../../src/background/catalogue-store';
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

/** Resolves once every template record written so far is committed (a read of that store queues behind the write). */
const templatesWritten = () => readTemplate(APP, 'none');

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

    await templatesWritten();
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

describe('a catalogue whose templates were stored page by page during its sync', () => {
  it('is readable while pages are still being stored: list reads are not queued behind template records', async () => {
    const all = templates(300);
    // A big page still being stored when the sync's list is written.
    let pageStored = false;
    const pageTemplates = templates(3_000);
    const page = writeTemplates(APP, pageTemplates, new AbortController().signal).then(() => (pageStored = true));
    const { catalogue, parts, newestFirst } = catalogueOf(APP, 3_000, all, []);
    const written = writeCatalogue(catalogue, parts, newestFirst, page.then(() => true));
    await vi.waitFor(async () => expect(await readCatalogue(APP)).toMatchObject({ fetchedAt: 3_000, total: all.length }));
    expect(pageStored).toBe(false);
    await written;
    expect(pageStored).toBe(true);
    // The page's templates the list does not name are dropped; a read made after the list never finds one.
    const listed = new Set(all.map((template) => template.key));
    expect(await readTemplate(APP, all[0]!.key)).toMatchObject({ key: all[0]!.key });
    expect(await readTemplate(APP, pageTemplates.find((template) => !listed.has(template.key))!.key)).toBeUndefined();
  });

  it('writes nothing after a Clear that came while its last pages were being stored', async () => {
    const { catalogue, parts, newestFirst } = catalogueOf(APP, 4_000, templates(300), []);
    let storedAll!: (all: boolean) => void;
    const written = writeCatalogue(catalogue, parts, newestFirst, new Promise<boolean>((resolve) => (storedAll = resolve)));
    await vi.waitFor(async () => expect(await readCatalogue(APP)).toMatchObject({ fetchedAt: 4_000 }));
    await deleteCatalogue(APP);
    // The Clear stopped the sync: its last pages were not stored.
    storedAll(false);
    await written;
    await templatesWritten();
    expect(await readCatalogue(APP)).toBeUndefined();
    expect(await readTemplate(APP, newestFirst[0]!.key)).toBeUndefined();
  });
});
