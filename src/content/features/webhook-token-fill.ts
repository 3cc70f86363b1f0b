import { LABELS } from '../clevertap/labels';
import { elementsWithText } from '../dom/text';
import { FILL_REQUESTED, type FillRequest } from '../../shared/tab-messages';
import type { ContentContext } from '../context';
import { loadLazy } from '../lazy';

/**
 * Answers the background's FILL_REQUESTED (sent when the marketer clicks "Fill the
 * Sendbird webhook form in this tab" in the toolbar popup). Only a frame showing a
 * Create webhook template form answers, so the popup hears from the frame that has
 * it; the filling code loads only then. Messages on this channel come only from our
 * own extension: pages cannot send them.
 */
export function listenForTokenFill(context: ContentContext): void {
  const listener = (message: unknown, _sender: chrome.runtime.MessageSender, sendResponse: (answer: unknown) => void): boolean => {
    const request = message as Partial<FillRequest> | null;
    if (request?.type !== FILL_REQUESTED || typeof request.requestId !== 'string' || !context.isAlive()) return false;
    if (!document.body || elementsWithText(document.body, LABELS.createWebhookPanel).length === 0) return false;
    const requestId = request.requestId;
    void loadLazy('fillFromPopup')
      .then(({ fillFromPopup }) => fillFromPopup(requestId))
      .then(sendResponse, () => sendResponse({ outcome: 'failed' }));
    return true;
  };
  chrome.runtime.onMessage.addListener(listener);
  context.signal.addEventListener('abort', () => chrome.runtime.onMessage.removeListener(listener));
}
