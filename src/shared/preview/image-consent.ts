import { create } from 'zustand';
import { sendMessage } from '../messaging';
import type { Reply } from '../protocol';

/**
 * Which image hosts the viewer allowed, for every preview in this document (the
 * popup, or the picker in one CleverTap frame). The list lives in the background
 * (src/background/image-consent-store.ts); this is a copy, read again each time a
 * preview opens, so a choice made in another tab or in the popup shows here too.
 */
export interface ImageConsentState {
  /** Hosts allowed so far (Sendbird's are never listed: src/shared/image-hosts.ts). */
  hosts: ReadonlySet<string>;
  /** Whether the list was read: until then no host can be offered as "not allowed". */
  loaded: boolean;
  /** Why the last read or choice failed, in our words. */
  error?: string;
  load(): Promise<void>;
  /** Allows `host`; call only on the viewer's own click (event.isTrusted). */
  allow(host: string): Promise<void>;
}

export const useImageConsent = create<ImageConsentState>()((set) => {
  // Both messages answer the list as stored now.
  const take = (reply: Reply<'images.allowed' | 'images.allow'>) =>
    set(reply.ok ? { hosts: new Set(reply.data.hosts), loaded: true, error: undefined } : { error: reply.failure.message });
  return {
    hosts: new Set(),
    loaded: false,
    load: async () => take(await sendMessage('images.allowed', {})),
    allow: async (host) => take(await sendMessage('images.allow', { host })),
  };
});
