import { create } from 'zustand';
import { sendMessage } from '../messaging';

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

export const useImageConsent = create<ImageConsentState>()((set) => ({
  hosts: new Set(),
  loaded: false,
  load: async () => {
    const reply = await sendMessage('images.allowed', {});
    if (reply.ok) set({ hosts: new Set(reply.data.hosts), loaded: true, error: undefined });
    else set({ error: reply.failure.message });
  },
  allow: async (host) => {
    const reply = await sendMessage('images.allow', { host });
    if (reply.ok) set({ hosts: new Set(reply.data.hosts), loaded: true, error: undefined });
    else set({ error: reply.failure.message });
  },
}));
