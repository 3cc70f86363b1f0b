import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIST } from './chromium';

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface ContentScriptBytes {
  /**
   * Loaded on every CleverTap page: the declared scripts, what they import by URL
   * unconditionally (the content script's body, imported once the page has loaded:
   * src/content/index.ts), and those files' static imports.
   */
  eager: FileSize[];
  /** Of those, the declared scripts: injected at document start, the only ones compiled before the page's load event. */
  declared: FileSize[];
  /** Loaded only on first need: the web-accessible pieces the content script imports by URL, their dynamic imports, and those files' static imports. */
  lazy: FileSize[];
  eagerRaw: number;
  eagerGzip: number;
  lazyRaw: number;
  lazyGzip: number;
}

const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?[`"'](\.\.?\/[^`"']+\.js)[`"']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*[`"'](\.\.?\/[^`"']+\.js)[`"']\s*\)/g;
// A loader that imports its module through getURL with no condition but the page's load: our
// declared content script importing its body, or @crxjs's loader in builds before content-scripts.config.ts.
const LOADER_IMPORT = /chrome\.runtime\.getURL\(\s*[`"']([^`"']+\.js)[`"']\s*\)/g;

const matches = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => m[1]!);

/** Measures what the built extension's content scripts load, by following imports in dist/. */
export function measureContentScriptBytes(dist: string = EXTENSION_DIST): ContentScriptBytes {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
    web_accessible_resources?: { resources?: string[] }[];
  };
  const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
  const declared = (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);
  const eager = new Set<string>();
  const lazyRoots = new Set<string>();

  const visit = (file: string, into: Set<string>) => {
    if (into.has(file)) return;
    into.add(file);
    const text = read(file);
    const dir = path.posix.dirname(file);
    for (const spec of matches(STATIC_IMPORT, text)) visit(path.posix.join(dir, spec), into);
    for (const spec of matches(DYNAMIC_IMPORT, text)) lazyRoots.add(path.posix.join(dir, spec));
    for (const spec of matches(LOADER_IMPORT, text)) visit(spec, into);
  };
  for (const file of declared) visit(file, eager);
  // The content script imports these by URL (chrome.runtime.getURL) when first needed: src/content/lazy.ts.
  for (const entry of manifest.web_accessible_resources ?? []) for (const file of entry.resources ?? []) if (file.endsWith('.js')) lazyRoots.add(file);

  const lazy = new Set<string>();
  for (const root of lazyRoots) visit(root, lazy);
  for (const file of eager) lazy.delete(file);

  const size = (file: string): FileSize => {
    const bytes = readFileSync(path.join(dist, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const eagerSizes = [...eager].map(size);
  const lazySizes = [...lazy].map(size);
  const sum = (sizes: FileSize[], key: 'raw' | 'gzip') => sizes.reduce((total, s) => total + s[key], 0);
  return {
    eager: eagerSizes,
    declared: eagerSizes.filter((s) => declared.includes(s.file)),
    lazy: lazySizes,
    eagerRaw: sum(eagerSizes, 'raw'),
    eagerGzip: sum(eagerSizes, 'gzip'),
    lazyRaw: sum(lazySizes, 'raw'),
    lazyGzip: sum(lazySizes, 'gzip'),
  };
}
