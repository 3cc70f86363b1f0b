import { fillOutcomeSchema, type FillOutcome } from '../shared/protocol';
import { FILL_REQUESTED, type FillRequest } from '../shared/tab-messages';

/**
 * The integration token leaves the background only on the marketer's gesture in
 * our own UI (the toolbar popup): popup click -> webhookSetup.fillTab -> a one-time
 * grant for that tab -> the tab's content script presents it with
 * webhookSetup.release. Nothing a page does can create a grant, and a grant lives
 * only while the popup's request runs.
 */
interface Grant {
  tabId: number;
  expiresAt: number;
}

const GRANT_LIFETIME_MS = 15_000;
const grants = new Map<string, Grant>();

/** Asks the tab's content script to fill the open form; the token goes out only while this runs. */
export async function fillWebhookFormInTab(tabId: number): Promise<FillOutcome> {
  const requestId = crypto.randomUUID();
  grants.set(requestId, { tabId, expiresAt: Date.now() + GRANT_LIFETIME_MS });
  try {
    const request: FillRequest = { type: FILL_REQUESTED, requestId };
    const answer: unknown = await chrome.tabs.sendMessage(tabId, request);
    // No frame answered: none shows a Create webhook form.
    if (answer === undefined) return { outcome: 'no-form' };
    const outcome = fillOutcomeSchema().safeParse(answer);
    return outcome.success ? outcome.data : { outcome: 'failed' };
  } catch {
    // No frame of the tab runs our content script (not a CleverTap page, or not loaded yet).
    return { outcome: 'no-form' };
  } finally {
    grants.delete(requestId);
  }
}

/** True once for a live grant issued for this very tab; the grant is used up either way. */
export function takeGrant(requestId: string, tabId: number | undefined): boolean {
  const grant = grants.get(requestId);
  if (!grant) return false;
  grants.delete(requestId);
  return grant.tabId === tabId && Date.now() <= grant.expiresAt;
}
