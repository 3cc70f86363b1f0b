import { describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { routeMessage } from '../../../src/background/router';
import { classifySender } from '../../../src/background/senders';
import { CLEVERTAP_DASHBOARD_REGIONS, isTrustedDashboardOrigin } from '../../../src/shared/clevertap-hosts';
import { handlers } from '../../../src/background/handlers';
import { messages, type MessageType } from '../../../src/shared/protocol';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const CREDENTIALS = { appId: '9DA1B1F4-0BE6-4DA8-82C5-2E81DAB56F23', apiToken: 'secret-token-123', apiHost: '' };

type Sender = chrome.runtime.MessageSender & { origin?: string };
const sender = (value: Sender): Sender => value;

const senders = {
  optionsPage: sender({ id: EXTENSION_ID, origin: `chrome-extension://${EXTENSION_ID}`, url: `chrome-extension://${EXTENSION_ID}/src/options/index.html`, tab: { id: 1 } as chrome.runtime.MessageSender['tab'], frameId: 0 }),
  popup: sender({ id: EXTENSION_ID, origin: `chrome-extension://${EXTENSION_ID}`, url: `chrome-extension://${EXTENSION_ID}/src/popup/index.html` }),
  contentScript: sender({ id: EXTENSION_ID, origin: 'https://eu1.dashboard.clevertap.com', url: 'https://eu1.dashboard.clevertap.com/X/campaigns', tab: { id: 2 } as chrome.runtime.MessageSender['tab'], frameId: 0 }),
  contentScriptInIframe: sender({ id: EXTENSION_ID, origin: 'https://eu1.dashboard.clevertap.com', url: 'https://eu1.dashboard.clevertap.com/frame', tab: { id: 2 } as chrome.runtime.MessageSender['tab'], frameId: 3 }),
  contentScriptElsewhere: sender({ id: EXTENSION_ID, origin: 'https://dashboard.clevertap.com.evil.example', url: 'https://dashboard.clevertap.com.evil.example/', tab: { id: 3 } as chrome.runtime.MessageSender['tab'], frameId: 0 }),
  // A CleverTap subdomain that is not one of the allowlisted dashboard regions.
  contentScriptOnOtherSubdomain: sender({ id: EXTENSION_ID, origin: 'https://attacker.dashboard.clevertap.com', url: 'https://attacker.dashboard.clevertap.com/X/settings/engage/channels/webhooks', tab: { id: 5 } as chrome.runtime.MessageSender['tab'], frameId: 0 }),
  contentScriptOnOtherPort: sender({ id: EXTENSION_ID, origin: 'https://eu1.dashboard.clevertap.com:8443', url: 'https://eu1.dashboard.clevertap.com:8443/X/campaigns', tab: { id: 5 } as chrome.runtime.MessageSender['tab'], frameId: 0 }),
  contentScriptOverHttp: sender({ id: EXTENSION_ID, origin: 'http://eu1.dashboard.clevertap.com', url: 'http://eu1.dashboard.clevertap.com/X/campaigns', tab: { id: 5 } as chrome.runtime.MessageSender['tab'], frameId: 0 }),
  // A frame that loaded another origin inside a trusted dashboard: its own origin counts, not its top document's.
  foreignFrameInDashboard: sender({ id: EXTENSION_ID, origin: 'https://ads.example', url: 'https://ads.example/frame', tab: { id: 2, url: 'https://eu1.dashboard.clevertap.com/X/campaigns' } as chrome.runtime.MessageSender['tab'], frameId: 7 }),
  // An about:blank frame of a trusted dashboard: Chrome reports the origin it inherits.
  blankFrameInDashboard: sender({ id: EXTENSION_ID, origin: 'https://in1.dashboard.clevertap.com', url: 'about:blank', tab: { id: 2 } as chrome.runtime.MessageSender['tab'], frameId: 9 }),
  otherExtension: sender({ id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', origin: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' }),
  // A content script that lies about its URL: origin is set by the browser and wins.
  forgedUrl: sender({ id: EXTENSION_ID, origin: 'https://eu1.dashboard.clevertap.com', url: `chrome-extension://${EXTENSION_ID}/src/options/index.html`, tab: { id: 4 } as chrome.runtime.MessageSender['tab'], frameId: 0 }),
};

const samplePayload: { [T in MessageType]: unknown } = {
  'settings.get': {},
  'settings.save': CREDENTIALS,
  'settings.clear': {},
  'connection.test': CREDENTIALS,
  'setup.status': {},
  'settings.open': {},
  'templates.list': { freshness: 'cached' },
  'templates.get': { key: 'welcome_offer' },
  'drafts.get': { editor: 'https://eu1.dashboard.clevertap.com/X/campaigns/campaign/1' },
  'drafts.put': { editor: 'https://eu1.dashboard.clevertap.com/X/campaigns/campaign/1', draft: null },
  'webhookSetup.prepare': { kind: 'single' },
  'webhookSetup.fillTab': { tabId: 2 },
  'webhookSetup.release': { requestId: '00000000-0000-4000-8000-000000000000', kind: 'multi' },
  'images.allowed': {},
  'images.allow': { host: 'images.example.com' },
};

describe('sender classification', () => {
  it.each([
    ['optionsPage', 'extension-page'],
    ['popup', 'extension-page'],
    ['contentScript', 'clevertap-content-script'],
    ['contentScriptInIframe', 'clevertap-content-script'],
    ['contentScriptElsewhere', 'untrusted'],
    ['contentScriptOnOtherSubdomain', 'untrusted'],
    ['contentScriptOnOtherPort', 'untrusted'],
    ['contentScriptOverHttp', 'untrusted'],
    ['foreignFrameInDashboard', 'untrusted'],
    ['blankFrameInDashboard', 'clevertap-content-script'],
    ['otherExtension', 'untrusted'],
    ['forgedUrl', 'clevertap-content-script'],
  ] as const)('%s is %s', (name, kind) => {
    expect(classifySender(senders[name], EXTENSION_ID)).toBe(kind);
  });
});

describe('dashboard allowlist', () => {
  it.each(CLEVERTAP_DASHBOARD_REGIONS)('trusts the %s dashboard in any frame', (region) => {
    const origin = `https://${region}.dashboard.clevertap.com`;
    for (const frameId of [0, 1, 42]) {
      expect(classifySender(sender({ id: EXTENSION_ID, origin, url: `${origin}/X/campaigns`, tab: { id: 1 } as chrome.runtime.MessageSender['tab'], frameId }), EXTENSION_ID)).toBe('clevertap-content-script');
    }
  });

  it.each(['https://dashboard.clevertap.com', 'https://eu2.dashboard.clevertap.com', 'https://eu1.dashboard.clevertap.com.evil.example', 'https://xeu1.dashboard.clevertap.com', 'https://eu1.clevertap.com', 'https://EU1.dashboard.clevertap.com/'])(
    'does not trust %s',
    (origin) => expect(isTrustedDashboardOrigin(origin)).toBe(false),
  );

  it('falls back to the URL origin only where Chrome gives no origin', () => {
    const withoutOrigin = sender({ id: EXTENSION_ID, url: 'https://sg1.dashboard.clevertap.com/X/campaigns', tab: { id: 1 } as chrome.runtime.MessageSender['tab'], frameId: 3 });
    expect(classifySender(withoutOrigin, EXTENSION_ID)).toBe('clevertap-content-script');
    expect(classifySender({ ...withoutOrigin, url: 'https://attacker.dashboard.clevertap.com/' }, EXTENSION_ID)).toBe('untrusted');
    expect(classifySender({ ...withoutOrigin, url: 'not a url' }, EXTENSION_ID)).toBe('untrusted');
  });

  it('needs a tab: a trusted origin without one is not our content script', () => {
    expect(classifySender(sender({ id: EXTENSION_ID, origin: 'https://eu1.dashboard.clevertap.com' }), EXTENSION_ID)).toBe('untrusted');
  });
});

describe('router', () => {
  it('has a handler and a sample for every message in the protocol', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(messages).sort());
    expect(Object.keys(samplePayload).sort()).toEqual(Object.keys(messages).sort());
  });

  for (const type of Object.keys(messages) as MessageType[]) {
    const allowed = handlers[type].allow as readonly string[];
    for (const [name, sender] of Object.entries(senders)) {
      const kind = classifySender(sender, EXTENSION_ID);
      if (allowed.includes(kind)) continue;
      it(`rejects "${type}" from ${name} without running the handler or logging the payload`, async () => {
        const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
        const handle = vi.spyOn(handlers[type], 'handle');
        const reply = await routeMessage({ type, payload: samplePayload[type] }, sender, EXTENSION_ID);
        expect(reply).toMatchObject({ ok: false, failure: { kind: 'rejected' } });
        expect(handle).not.toHaveBeenCalled();
        expect(JSON.stringify(warn.mock.calls)).not.toContain(CREDENTIALS.apiToken);
      });
    }
  }

  it('never gives the integration token for anything a CleverTap page does', async () => {
    await routeMessage({ type: 'settings.save', payload: { ...CREDENTIALS, integrationToken: 'int-tok-1' } }, senders.optionsPage, EXTENSION_ID);
    const onSettings = sender({ ...senders.contentScript, url: 'https://eu1.dashboard.clevertap.com/X/settings/engage/channels/webhooks' });
    const draft = await routeMessage({ type: 'webhookSetup.prepare', payload: { kind: 'multi' } }, onSettings, EXTENSION_ID);
    expect(draft).toEqual({
      ok: true,
      data: {
        name: 'Sendbird multi',
        method: 'POST',
        url: 'https://api-9da1b1f4-0be6-4da8-82c5-2e81dab56f23.notifications.sendbird.com/clevertap/notifications/multi',
        headerName: 'Api-token',
      },
    });
    // Without a grant from the popup, release refuses, whatever the page or id.
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const release = await routeMessage({ type: 'webhookSetup.release', payload: { requestId: crypto.randomUUID(), kind: 'multi' } }, onSettings, EXTENSION_ID);
    expect(release).toMatchObject({ ok: false });
    for (const reply of [draft, release]) {
      expect(JSON.stringify(reply)).not.toContain('int-tok-1');
      expect(JSON.stringify(reply)).not.toContain(CREDENTIALS.apiToken);
    }
  });

  it('releases the integration token once, to the tab the popup named, while the popup\'s request runs', async () => {
    await routeMessage({ type: 'settings.save', payload: { ...CREDENTIALS, integrationToken: 'int-tok-1' } }, senders.optionsPage, EXTENSION_ID);
    const releases: unknown[] = [];
    // The content script of tab 2 answers the background's fill request by presenting the id.
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (tabId: number, message: unknown) => {
      const { requestId } = message as { requestId: string };
      const otherTab = sender({ ...senders.contentScript, tab: { id: 9 } as chrome.runtime.MessageSender['tab'] });
      releases.push(await routeMessage({ type: 'webhookSetup.release', payload: { requestId, kind: 'single' } }, otherTab, EXTENSION_ID));
      const own = sender({ ...senders.contentScript, tab: { id: tabId } as chrome.runtime.MessageSender['tab'] });
      releases.push(await routeMessage({ type: 'webhookSetup.release', payload: { requestId, kind: 'single' } }, own, EXTENSION_ID));
      releases.push(await routeMessage({ type: 'webhookSetup.release', payload: { requestId, kind: 'single' } }, own, EXTENSION_ID));
      return { outcome: 'filled', name: 'Sendbird single' };
    });
    const reply = await routeMessage({ type: 'webhookSetup.fillTab', payload: { tabId: 2 } }, senders.popup, EXTENSION_ID);
    expect(reply).toEqual({ ok: true, data: { outcome: 'filled', name: 'Sendbird single' } });
    // Another tab presenting the id uses it up: the grant is for one try by its own tab.
    expect(releases[0]).toMatchObject({ ok: false });
    expect(releases[1]).toMatchObject({ ok: false });
    expect(releases[2]).toMatchObject({ ok: false });
  });

  it('releases the token to the named tab\'s content script, and the grant ends with the popup\'s request', async () => {
    await routeMessage({ type: 'settings.save', payload: { ...CREDENTIALS, integrationToken: 'int-tok-1' } }, senders.optionsPage, EXTENSION_ID);
    let presented = '';
    let released: unknown;
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (tabId: number, message: unknown) => {
      presented = (message as { requestId: string }).requestId;
      released = await routeMessage({ type: 'webhookSetup.release', payload: { requestId: presented, kind: 'single' } }, sender({ ...senders.contentScriptInIframe, tab: { id: tabId } as chrome.runtime.MessageSender['tab'] }), EXTENSION_ID);
      return { outcome: 'filled', name: 'Sendbird single' };
    });
    await routeMessage({ type: 'webhookSetup.fillTab', payload: { tabId: 2 } }, senders.popup, EXTENSION_ID);
    expect(released).toMatchObject({ ok: true, data: { name: 'Sendbird single', headerName: 'Api-token', headerValue: 'int-tok-1' } });
    const late = await routeMessage({ type: 'webhookSetup.release', payload: { requestId: presented, kind: 'single' } }, senders.contentScript, EXTENSION_ID);
    expect(late).toMatchObject({ ok: false });
  });

  it('tells the popup when no frame of the tab shows a webhook form, or when no integration token is saved', async () => {
    await routeMessage({ type: 'settings.save', payload: CREDENTIALS }, senders.optionsPage, EXTENSION_ID);
    expect(await routeMessage({ type: 'webhookSetup.fillTab', payload: { tabId: 2 } }, senders.popup, EXTENSION_ID)).toMatchObject({ ok: false, failure: { kind: 'not-configured' } });
    await routeMessage({ type: 'settings.save', payload: { ...CREDENTIALS, integrationToken: 'int-tok-1' } }, senders.optionsPage, EXTENSION_ID);
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await routeMessage({ type: 'webhookSetup.fillTab', payload: { tabId: 2 } }, senders.popup, EXTENSION_ID)).toEqual({ ok: true, data: { outcome: 'no-form' } });
  });

  it('never lets a content script read credentials', async () => {
    for (const type of ['settings.get', 'settings.save', 'settings.clear', 'connection.test'] as const) {
      expect(handlers[type].allow).toEqual(['extension-page']);
    }
  });

  it('rejects unknown and malformed messages', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await routeMessage({ type: 'nope', payload: {} }, senders.popup, EXTENSION_ID)).toMatchObject({ ok: false, failure: { kind: 'invalid-request' } });
    expect(await routeMessage('settings.get', senders.popup, EXTENSION_ID)).toMatchObject({ ok: false });
    expect(await routeMessage({ type: 'toString', payload: {} }, senders.popup, EXTENSION_ID)).toMatchObject({ ok: false });
    expect(
      await routeMessage({ type: 'settings.save', payload: { appId: 1 } }, senders.optionsPage, EXTENSION_ID),
    ).toMatchObject({ ok: false, failure: { kind: 'invalid-request' } });
    expect(await routeMessage({ type: 'settings.get', payload: { extra: 1 } }, senders.popup, EXTENSION_ID)).toMatchObject({ ok: false });
  });

  it('saves, reads and clears credentials for extension pages', async () => {
    expect(await routeMessage({ type: 'settings.save', payload: { ...CREDENTIALS, appId: ` ${CREDENTIALS.appId} ` } }, senders.optionsPage, EXTENSION_ID)).toEqual({
      ok: true,
      data: { credentials: { ...CREDENTIALS, integrationToken: '' } },
    });
    expect(await routeMessage({ type: 'settings.get', payload: {} }, senders.optionsPage, EXTENSION_ID)).toEqual({
      ok: true,
      data: { credentials: { ...CREDENTIALS, integrationToken: '' } },
    });
    const status = await routeMessage({ type: 'setup.status', payload: {} }, senders.contentScript, EXTENSION_ID);
    expect(status).toEqual({ ok: true, data: { configured: true, appId: CREDENTIALS.appId } });
    expect(JSON.stringify(status)).not.toContain(CREDENTIALS.apiToken);
    await routeMessage({ type: 'settings.clear', payload: {} }, senders.optionsPage, EXTENSION_ID);
    expect(await routeMessage({ type: 'settings.get', payload: {} }, senders.optionsPage, EXTENSION_ID)).toEqual({
      ok: true,
      data: { credentials: null },
    });
  });

  it('remembers image hosts the viewer allowed, for every surface, and only well-formed host names (#13 item 5)', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await routeMessage({ type: 'images.allowed', payload: {} }, senders.contentScript, EXTENSION_ID)).toEqual({ ok: true, data: { hosts: [] } });
    expect(await routeMessage({ type: 'images.allow', payload: { host: 'cdn.example.com' } }, senders.contentScriptInIframe, EXTENSION_ID)).toEqual({ ok: true, data: { hosts: ['cdn.example.com'] } });
    // Sendbird's own hosts always load: never listed. A host allowed twice is listed once.
    await routeMessage({ type: 'images.allow', payload: { host: 'file-us-1.sendbird.com' } }, senders.popup, EXTENSION_ID);
    await routeMessage({ type: 'images.allow', payload: { host: 'cdn.example.com' } }, senders.popup, EXTENSION_ID);
    expect(await routeMessage({ type: 'images.allowed', payload: {} }, senders.popup, EXTENSION_ID)).toEqual({ ok: true, data: { hosts: ['cdn.example.com'] } });
    for (const host of ['https://cdn.example.com', 'CDN.example.com', 'cdn.example.com/x', 'cdn.example.com:443', '', 'a..b', `${'a'.repeat(64)}.example`]) {
      expect(await routeMessage({ type: 'images.allow', payload: { host } }, senders.contentScript, EXTENSION_ID)).toMatchObject({ ok: false, failure: { kind: 'invalid-request' } });
    }
    // Another CleverTap subdomain is no surface of ours.
    expect(await routeMessage({ type: 'images.allow', payload: { host: 'evil.example' } }, senders.contentScriptOnOtherSubdomain, EXTENSION_ID)).toMatchObject({ ok: false, failure: { kind: 'rejected' } });
    expect(await routeMessage({ type: 'images.allowed', payload: {} }, senders.popup, EXTENSION_ID)).toEqual({ ok: true, data: { hosts: ['cdn.example.com'] } });
  });

  it('refuses to save invalid credentials', async () => {
    const reply = await routeMessage({ type: 'settings.save', payload: { ...CREDENTIALS, apiHost: 'http://x.sendbird.com' } }, senders.optionsPage, EXTENSION_ID);
    expect(reply).toMatchObject({ ok: false, failure: { kind: 'invalid-request', message: expect.stringMatching(/https/) } });
  });
});
