/**
 * Ages every cached catalogue record by `ms`, straight in the extension's
 * IndexedDB, as any extension page can. Self-contained (no imports, no outer
 * names), so `page.evaluate(ageCatalogueRecords, ms)` runs it in a page, and a
 * unit test runs it against fake-indexeddb.
 */
export async function ageCatalogueRecords(ms: number): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('sendbird-catalogue');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('catalogues', 'readwrite');
    const store = tx.objectStore('catalogues');
    store.openCursor().onsuccess = (event) => {
      const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
      if (!cursor) return;
      cursor.update({ ...cursor.value, fetchedAt: cursor.value.fetchedAt - ms });
      cursor.continue();
    };
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/**
 * How many records one store of the extension's catalogue cache holds (0 when
 * it has no such store yet). Self-contained like ageCatalogueRecords:
 * `page.evaluate(countCacheRecords, 'templates')` in an extension page.
 */
export async function countCacheRecords(storeName: string): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('sendbird-catalogue');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    if (!db.objectStoreNames.contains(storeName)) return 0;
    return await new Promise<number>((resolve, reject) => {
      const request = db.transaction(storeName).objectStore(storeName).count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}
