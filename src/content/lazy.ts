import type { LAZY_PIECES } from '../../content-scripts.config';

type LazyModules = {
  picker: typeof import('./picker/mount');
  setup: typeof import('./setup/mount-setup');
  fillFromPopup: typeof import('./setup/fill-from-popup');
};

/** Built file of each piece; content-scripts.config.ts builds them under these names. */
const FILES: { [K in keyof typeof LAZY_PIECES]: (typeof LAZY_PIECES)[K]['file'] } = {
  picker: 'assets/mount-picker.js',
  setup: 'assets/mount-setup.js',
  fillFromPopup: 'assets/fill-from-popup.js',
};

const loaded = new Map<keyof LazyModules, Promise<unknown>>();

/**
 * Loads a part of the content script on first need, by the URL chrome.runtime.getURL
 * gives: the session's dynamic URL, the only one a CleverTap page may load our files
 * from (web_accessible_resources use_dynamic_url). Each piece is one self-contained
 * file (content-scripts.config.ts says why).
 */
export function loadLazy<K extends keyof LazyModules>(piece: K): Promise<LazyModules[K]> {
  let module = loaded.get(piece);
  if (!module) {
    module = import(/* @vite-ignore */ chrome.runtime.getURL(FILES[piece]));
    // A failed load may be tried again (the extension was updated, a network hiccup).
    module.catch(() => loaded.delete(piece));
    loaded.set(piece, module);
  }
  return module as Promise<LazyModules[K]>;
}
