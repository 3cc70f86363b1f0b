import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogueOf, deleteCatalogue, readCatalogue, readTemplate, writeCatalogue } from '../../../src/background/catalogue-store';
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
