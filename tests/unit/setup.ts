// Must come first: defines globalThis.browser and globalThis.chrome so that
// webextension-polyfill imports cleanly in unit tests.
import '@webext-core/fake-browser/auto';
// The template cache lives in IndexedDB, which happy-dom does not provide.
import 'fake-indexeddb/auto';
import { fakeBrowser } from '@webext-core/fake-browser';
import { installFakeI18n } from './support/fake-i18n';
import { afterEach, beforeEach } from 'vitest';
import { cleanup } from '@testing-library/react';

installFakeI18n(fakeBrowser);

beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());
