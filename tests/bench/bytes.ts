/**
 * 1. Bytes: what every CleverTap page loads from the extension before the
 * picker is needed, and apart, what loads lazily. Totals come from
 * tests/support/bundle-size.ts (the same code the budget test runs); the lazy
 * files are then grouped by the dynamic import that pulls them in.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIST } from '../support/chromium';
import { measureContentScriptBytes, type FileSize } from '../support/bundle-size';
import type { Row } from './report';

export const EVERY_PAGE_BUDGET_GZIP = 10 * 1024;

const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?[`"'](\.\.?\/[^`"']+\.js)[`"']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*[`"'](\.\.?\/[^`"']+\.js)[`"']\s*\)/g;

function closure(root: string, dist: string, into = new Set<string>()): Set<string> {
  if (into.has(root)) return into;
  into.add(root);
  const text = readFileSync(path.join(dist, root), 'utf8');
  for (const match of text.matchAll(STATIC_IMPORT)) closure(path.posix.join(path.posix.dirname(root), match[1]!), dist, into);
  return into;
}

export function measureBytes(dist: string = EXTENSION_DIST): { rows: Row[]; details: Record<string, unknown> } {
  const bytes = measureContentScriptBytes(dist);
  const eagerNames = new Set(bytes.eager.map((f) => f.file));
  const sizeOf = new Map<string, FileSize>([...bytes.eager, ...bytes.lazy].map((f) => [f.file, f]));

  // Each dynamic import in the eager files is one lazily loaded feature.
  const groups: { root: string; files: FileSize[] }[] = [];
  for (const file of eagerNames) {
    const text = readFileSync(path.join(dist, file), 'utf8');
    for (const match of text.matchAll(DYNAMIC_IMPORT)) {
      const root = path.posix.join(path.posix.dirname(file), match[1]!);
      const files = [...closure(root, dist)].filter((f) => !eagerNames.has(f)).map((f) => sizeOf.get(f)!).filter(Boolean);
      groups.push({ root, files });
    }
  }
  const sum = (files: FileSize[], key: 'raw' | 'gzip') => files.reduce((total, f) => total + f[key], 0);
  const section = 'bytes';
  const eagerList = bytes.eager.map((f) => `${path.posix.basename(f.file)} ${f.gzip}`).join(', ');
  const rows: Row[] = [
    {
      section,
      figure: 'every page: content script + eager imports, gzip',
      unit: 'B',
      value: bytes.eagerGzip,
      note: `budget ${EVERY_PAGE_BUDGET_GZIP} B gzip (tests/e2e/bundle-budget.spec.ts), ${((bytes.eagerGzip / EVERY_PAGE_BUDGET_GZIP) * 100).toFixed(0)}% used; ${bytes.eager.length} files: ${eagerList}`,
    },
    { section, figure: 'every page: content script + eager imports, raw', unit: 'B', value: bytes.eagerRaw },
    {
      section,
      figure: 'every page, before load: declared content script, raw',
      unit: 'B',
      value: sum(bytes.declared, 'raw'),
      note: `compiled at document start; the rest of the eager files is imported after the page's load event (src/content/index.ts); ${sum(bytes.declared, 'gzip')} B gzip`,
    },
  ];
  for (const group of groups) {
    const name = path.posix.basename(group.root).replace(/-[\w-]{8}\.js$/, '');
    const biggest = [...group.files].sort((a, b) => b.gzip - a.gzip).slice(0, 3).map((f) => `${path.posix.basename(f.file).replace(/-[\w-]{8}\.js$/, '')} ${f.gzip}`);
    rows.push({
      section,
      figure: `lazy, when needed: ${name} chunk + its imports, gzip`,
      unit: 'B',
      value: sum(group.files, 'gzip'),
      note: `${group.files.length} files, ${sum(group.files, 'raw').toLocaleString('en-US')} B raw; largest (gzip B): ${biggest.join(', ')}`,
    });
  }
  rows.push({
    section,
    figure: 'lazy, all chunks any content-script feature can load, gzip',
    unit: 'B',
    value: bytes.lazyGzip,
    note: `${bytes.lazy.length} files, ${bytes.lazyRaw.toLocaleString('en-US')} B raw (shared files counted once)`,
  });
  return { rows, details: { bytes, lazyGroups: groups } };
}
