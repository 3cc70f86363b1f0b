// Must come first: defines globalThis.browser and globalThis.chrome so that
// webextension-polyfill imports cleanly in unit tests.
import '@webext-core/fake-browser/auto';
// The template cache lives in IndexedDB, which happy-dom does not provide.
import 'fake-indexeddb/auto';
import { fakeBrowser } from '@webext-core/fake-browser';
import { installFakeI18n } from './support/fake-i18n';
import { followFocusFixup } from './support/focus-fixup';
import { afterEach, beforeEach } from 'vitest';
import { cleanup } from '@testing-library/react';

installFakeI18n(fakeBrowser);

beforeEach(() => fakeBrowser.reset());
// Every test's focus follows Chromium: a focused control that becomes disabled drops the focus to <body>
// (tests with a node environment have no document).
let stopFocusFixup = () => {};
beforeEach(() => {
  if (typeof document !== 'undefined') stopFocusFixup = followFocusFixup();
});
afterEach(() => {
  stopFocusFixup();
  cleanup();
});
