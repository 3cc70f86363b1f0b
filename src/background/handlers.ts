import browser from 'webextension-polyfill';
import { normalizeCredentials, validateCredentials } from '../shared/credentials';
import type { MessageType, RequestOf, ResponseOf } from '../shared/protocol';
import { testConnection } from './connection';
import type { SenderKind } from './senders';
import { clearCredentials, loadCredentials, saveCredentials } from './settings-store';

export class HandlerFailure extends Error {
  constructor(
    readonly kind: 'not-configured' | 'invalid-request',
    message: string,
  ) {
    super(message);
  }
}

interface Handler<T extends MessageType> {
  /** The senders allowed to send this message; everyone else is rejected. */
  allow: readonly SenderKind[];
  handle(payload: RequestOf<T>): Promise<ResponseOf<T>>;
}

type HandlerTable = { [T in MessageType]: Handler<T> };

const PAGES_ONLY = ['extension-page'] as const;
const OUR_SURFACES = ['extension-page', 'clevertap-content-script'] as const;

export const handlers: HandlerTable = {
  'settings.get': {
    allow: PAGES_ONLY,
    handle: async () => ({ credentials: await loadCredentials() }),
  },
  'settings.save': {
    allow: PAGES_ONLY,
    handle: async (payload) => {
      const errors = validateCredentials(payload);
      const first = Object.values(errors)[0];
      if (first) throw new HandlerFailure('invalid-request', first);
      const credentials = normalizeCredentials(payload);
      await saveCredentials(credentials);
      return { credentials };
    },
  },
  'settings.clear': {
    allow: PAGES_ONLY,
    handle: async () => {
      await clearCredentials();
      return {};
    },
  },
  'connection.test': {
    allow: PAGES_ONLY,
    handle: async (payload) => {
      const errors = validateCredentials(payload);
      const first = Object.values(errors)[0];
      if (first) throw new HandlerFailure('invalid-request', first);
      return testConnection(normalizeCredentials(payload));
    },
  },
  'setup.status': {
    allow: OUR_SURFACES,
    handle: async () => {
      const credentials = await loadCredentials();
      return credentials ? { configured: true, appId: credentials.appId } : { configured: false };
    },
  },
  'settings.open': {
    allow: OUR_SURFACES,
    handle: async () => {
      await browser.runtime.openOptionsPage();
      return {};
    },
  },
};
