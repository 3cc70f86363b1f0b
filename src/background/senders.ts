import type { Runtime } from 'webextension-polyfill';
import { CLEVERTAP_DASHBOARD_ORIGIN } from '../shared/clevertap-routes';

/**
 * Who sent a message, decided in one place. Only the browser sets `sender.id`,
 * `sender.origin`, `sender.tab` and `sender.frameId`; what a sender claims about
 * itself in the payload is never a trust signal.
 */
export type SenderKind = 'extension-page' | 'clevertap-content-script' | 'untrusted';


export function classifySender(sender: Runtime.MessageSender, extensionId: string): SenderKind {
  if (sender.id !== extensionId) return 'untrusted';
  const extensionOrigin = `chrome-extension://${extensionId}`;
  const origin = senderOrigin(sender);
  if (origin === extensionOrigin) return 'extension-page';
  if (sender.tab && sender.frameId === 0 && origin && CLEVERTAP_DASHBOARD_ORIGIN.test(origin)) {
    return 'clevertap-content-script';
  }
  return 'untrusted';
}

function senderOrigin(sender: Runtime.MessageSender): string | undefined {
  // Chrome fills `origin`; fall back to the URL's origin where it does not.
  const withOrigin = sender as Runtime.MessageSender & { origin?: string };
  if (withOrigin.origin) return withOrigin.origin;
  if (!sender.url) return undefined;
  try {
    return new URL(sender.url).origin;
  } catch {
    return undefined;
  }
}
