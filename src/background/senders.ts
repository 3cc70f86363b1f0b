import { isTrustedDashboardOrigin } from '../shared/clevertap-hosts';

/**
 * Who sent a message, decided in one place. Only the browser sets `sender.id`,
 * `sender.origin`, `sender.url` and `sender.tab`; what a sender claims about
 * itself in the payload is never a trust signal, and neither is a page's path
 * (a page script can rewrite it with history.pushState).
 *
 * Our content script is trusted by its own frame's origin as the browser reports
 * it, in any frame (top document or a same-origin frame of it), and only on an
 * allowlisted CleverTap dashboard region (see clevertap-hosts.ts).
 */
export type SenderKind = 'extension-page' | 'clevertap-content-script' | 'untrusted';

export function classifySender(sender: chrome.runtime.MessageSender, extensionId: string): SenderKind {
  if (sender.id !== extensionId) return 'untrusted';
  const origin = senderOrigin(sender);
  if (origin === `chrome-extension://${extensionId}`) return 'extension-page';
  if (sender.tab && isTrustedDashboardOrigin(origin)) return 'clevertap-content-script';
  return 'untrusted';
}

function senderOrigin(sender: chrome.runtime.MessageSender): string | undefined {
  // Chrome fills `origin` (for about:blank and srcdoc frames it is the origin they
  // inherit); fall back to the frame URL's origin only where it does not.
  const withOrigin = sender as chrome.runtime.MessageSender & { origin?: string };
  if (withOrigin.origin) return withOrigin.origin;
  if (!sender.url) return undefined;
  try {
    return new URL(sender.url).origin;
  } catch {
    return undefined;
  }
}
