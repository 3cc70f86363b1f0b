import { t } from '../shared/i18n';
import { SENDBIRD_WEBHOOKS } from '../shared/clevertap-routes';
import { clevertapWebhookUrl } from './sendbird/endpoints';
import { normalizeCredentials, validateCredentials, type Credentials } from '../shared/credentials';
import { sameApp, type MessageType, type RequestOf, type ResponseOf } from '../shared/protocol';
import { testConnection } from './connection';
import { abortSyncs, forgetCatalogue, getCatalogue, getTemplate, appKeyOf, identityOf } from './catalogue';
import { HandlerFailure } from './failures';
import { loadDraft, saveDraft } from './drafts';
import { allowImageHost, loadAllowedImageHosts } from './image-consent-store';
import { takeContentRefresh } from './refresh-limit';
import type { SenderKind } from './senders';
import { clearCredentials, loadCredentials, saveCredentials } from './settings-store';
import { fillWebhookFormInTab, takeGrant } from './webhook-fill';

export { HandlerFailure };

interface Handler<T extends MessageType> {
  /** The senders allowed to send this message; everyone else is rejected. */
  allow: readonly SenderKind[];
  handle(payload: RequestOf<T>, sender: chrome.runtime.MessageSender, kind: SenderKind): Promise<ResponseOf<T>>;
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
      const credentials = validCredentials(payload);
      const previous = await loadCredentials();
      await saveCredentials(credentials);
      // A running sync belongs to the old settings: stopped once they are gone, so nothing it fetched is written.
      abortSyncs();
      // Another app or host: the old catalogue must not be shown as this app's.
      if (previous && appKeyOf(previous) !== appKeyOf(credentials)) await forgetCatalogue(previous);
      return { credentials };
    },
  },
  'settings.clear': {
    allow: PAGES_ONLY,
    handle: async () => {
      const previous = await loadCredentials();
      await clearCredentials();
      abortSyncs();
      if (previous) await forgetCatalogue(previous);
      return {};
    },
  },
  'connection.test': {
    allow: PAGES_ONLY,
    handle: async (payload) => {
      return testConnection(validCredentials(payload));
    },
  },
  'setup.status': {
    allow: OUR_SURFACES,
    handle: async () => {
      const credentials = await loadCredentials();
      return credentials ? { configured: true, appId: credentials.appId } : { configured: false };
    },
  },
  'templates.list': {
    allow: OUR_SURFACES,
    handle: async ({ freshness, have, after, from }, sender, kind) => {
      // A page can drive our content script; its forced syncs are rate limited per tab.
      const allowed = kind === 'clevertap-content-script' && freshness === 'force' && !takeContentRefresh(sender.tab?.id) ? 'cached' : freshness;
      return getCatalogue(await requireCredentials(), allowed, {}, have, after, from);
    },
  },
  'templates.get': {
    allow: OUR_SURFACES,
    handle: async ({ key, app }, _sender, kind) => {
      const credentials = await requireCredentials();
      const current = identityOf(credentials);
      // A key means something only in the app its list came from.
      if (app && !sameApp(app, current)) throw new HandlerFailure('app-changed', t('error_appChanged', current.appId));
      // A content script is served only keys of the current catalogue: a page can plant any key in the editor.
      return { template: await getTemplate(credentials, key, kind === 'extension-page'), app: current };
    },
  },
  'drafts.get': {
    allow: ['clevertap-content-script'],
    handle: async ({ editor }) => ({ draft: await loadDraft(editor) }),
  },
  'drafts.put': {
    allow: ['clevertap-content-script'],
    handle: async ({ editor, draft }) => {
      await saveDraft(editor, draft);
      return {};
    },
  },
  'webhookSetup.prepare': {
    allow: ['clevertap-content-script'],
    handle: async ({ kind }) => webhookDraft(await requireCredentials(), kind),
  },
  'webhookSetup.fillTab': {
    allow: PAGES_ONLY,
    handle: async ({ tabId }) => {
      await requireIntegrationToken();
      return fillWebhookFormInTab(tabId);
    },
  },
  'webhookSetup.release': {
    allow: ['clevertap-content-script'],
    handle: async ({ requestId, kind }, sender) => {
      // Only with a grant the popup created for this tab: never on anything a page does.
      if (!takeGrant(requestId, sender.tab?.id)) throw new HandlerFailure('invalid-request', t('error_fillFromToolbar'));
      const credentials = await requireIntegrationToken();
      return { ...webhookDraft(credentials, kind), headerValue: credentials.integrationToken };
    },
  },
  'images.allowed': {
    allow: OUR_SURFACES,
    handle: async () => ({ hosts: await loadAllowedImageHosts() }),
  },
  'images.allow': {
    allow: OUR_SURFACES,
    handle: async ({ host }) => ({ hosts: await allowImageHost(host) }),
  },
  'settings.open': {
    allow: OUR_SURFACES,
    handle: async () => {
      await chrome.runtime.openOptionsPage();
      return {};
    },
  },
};

/** The request's credentials, normalised, or the first rule they break. */
function validCredentials(payload: Credentials): Credentials {
  const first = Object.values(validateCredentials(payload))[0];
  if (first) throw new HandlerFailure('invalid-request', first);
  return normalizeCredentials(payload);
}

function webhookDraft(credentials: Credentials, kind: keyof typeof SENDBIRD_WEBHOOKS) {
  return { name: SENDBIRD_WEBHOOKS[kind], method: 'POST' as const, url: clevertapWebhookUrl(credentials.appId, kind), headerName: 'Api-token' };
}

async function requireIntegrationToken(): Promise<Credentials & { integrationToken: string }> {
  const credentials = await requireCredentials();
  if (!credentials.integrationToken) throw new HandlerFailure('not-configured', t('error_integrationTokenMissing'));
  return credentials as Credentials & { integrationToken: string };
}

async function requireCredentials() {
  const credentials = await loadCredentials();
  if (!credentials) throw new HandlerFailure('not-configured', t('error_notConfigured'));
  return credentials;
}
