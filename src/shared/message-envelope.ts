import type { MessageType, RequestOf } from './protocol';

/**
 * Sends a request to the background without validating the reply. Type-only
 * imports keep the schema library out of the content script's loader, which
 * uses this to ask for the catalogue while the picker's code is still loading;
 * the reply is validated by `parseReply` before anything uses it.
 */
export function postToBackground<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<unknown> {
  return chrome.runtime.sendMessage({ type, payload });
}
