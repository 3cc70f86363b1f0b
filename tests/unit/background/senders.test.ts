// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classifySender } from '../../../src/background/senders';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const OTHER_ID = 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz';
const DASHBOARD = 'https://eu1.dashboard.clevertap.com';
const tab = { id: 7 } as chrome.runtime.MessageSender['tab'];

type Sender = chrome.runtime.MessageSender & { origin?: string };
const classify = (sender: Sender) => classifySender(sender, EXTENSION_ID);

describe('classifySender', () => {
  it('trusts nothing another extension sends, even from a CleverTap page or claiming our origin', () => {
    expect(classify({ id: OTHER_ID, origin: DASHBOARD, url: `${DASHBOARD}/X/campaigns`, tab, frameId: 0 })).toBe('untrusted');
    expect(classify({ id: OTHER_ID, origin: `chrome-extension://${EXTENSION_ID}`, url: `chrome-extension://${EXTENSION_ID}/src/popup/index.html` })).toBe('untrusted');
    expect(classify({ origin: `chrome-extension://${EXTENSION_ID}`, url: `chrome-extension://${EXTENSION_ID}/src/popup/index.html` })).toBe('untrusted');
    expect(classify({ origin: DASHBOARD, tab, frameId: 0 })).toBe('untrusted');
  });

  it('knows our own pages by origin', () => {
    expect(classify({ id: EXTENSION_ID, origin: `chrome-extension://${EXTENSION_ID}` })).toBe('extension-page');
    expect(classify({ id: EXTENSION_ID, origin: `chrome-extension://${EXTENSION_ID}`, url: 'https://evil.example/' })).toBe('extension-page');
    expect(classify({ id: EXTENSION_ID, origin: `chrome-extension://${OTHER_ID}` })).toBe('untrusted');
  });

  it('knows our content script on a CleverTap dashboard tab, by origin or by URL', () => {
    expect(classify({ id: EXTENSION_ID, origin: DASHBOARD, tab, frameId: 0 })).toBe('clevertap-content-script');
    expect(classify({ id: EXTENSION_ID, url: `${DASHBOARD}/X/journeys/1`, tab, frameId: 0 })).toBe('clevertap-content-script');
  });

  it('never trusts a sender without a tab, an origin or a readable URL', () => {
    expect(classify({ id: EXTENSION_ID, origin: DASHBOARD, frameId: 0 })).toBe('untrusted');
    expect(classify({ id: EXTENSION_ID, tab, frameId: 0 })).toBe('untrusted');
    expect(classify({ id: EXTENSION_ID, url: 'not a url', tab, frameId: 0 })).toBe('untrusted');
    expect(classify({ id: EXTENSION_ID, origin: '', url: '', tab, frameId: 0 })).toBe('untrusted');
  });

  it('takes the browser-set origin over the URL', () => {
    expect(classify({ id: EXTENSION_ID, origin: 'https://evil.example', url: `${DASHBOARD}/X/campaigns`, tab, frameId: 0 })).toBe('untrusted');
    expect(classify({ id: EXTENSION_ID, origin: 'https://evil.example', url: `chrome-extension://${EXTENSION_ID}/src/options/index.html` })).toBe('untrusted');
  });

  it('trusts only CleverTap dashboard origins, not look-alikes', () => {
    for (const origin of ['https://eu1.dashboard.clevertap.com.evil.example', 'http://eu1.dashboard.clevertap.com', 'https://evil.example']) {
      expect(classify({ id: EXTENSION_ID, origin, tab, frameId: 0 }), origin).toBe('untrusted');
    }
  });
});
