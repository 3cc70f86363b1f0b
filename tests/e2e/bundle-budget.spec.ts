import { test, expect } from '@playwright/test';
import { measureContentScriptBytes } from '../support/bundle-size';

/** The one deterministic budget: what every CleverTap page loads from us before the picker is needed. */
export const EVERY_PAGE_BUDGET_GZIP = 10 * 1024;

test('the content script on every CleverTap page stays under 10 KB gzipped; the picker loads lazily', () => {
  const bytes = measureContentScriptBytes();
  console.log(
    `every page: ${bytes.eagerRaw} B raw, ${bytes.eagerGzip} B gzip (${bytes.eager.map((f) => f.file).join(', ')}); ` +
      `picker, on first need: ${bytes.lazyRaw} B raw, ${bytes.lazyGzip} B gzip in ${bytes.lazy.length} files`,
  );
  expect(bytes.eager.length).toBeGreaterThan(0);
  expect(bytes.eagerGzip).toBeLessThan(EVERY_PAGE_BUDGET_GZIP);
  // React and the picker are not in the eager set.
  expect(bytes.lazy.some((file) => /mount/.test(file.file))).toBe(true);
  expect(bytes.lazyGzip).toBeGreaterThan(bytes.eagerGzip);
});
