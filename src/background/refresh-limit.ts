/**
 * Content scripts run in a page the extension does not trust: a page script can
 * click our Refresh button as often as it likes (the content script ignores
 * clicks that are not `isTrusted`, but the background does not rely on that).
 * A forced sync from a content script is allowed once per tab per interval; a
 * forced sync asked for sooner is answered from the cache instead.
 */
export const CONTENT_REFRESH_INTERVAL_MS = 10_000;

const lastForced = new Map<number, number>();

/** True when the tab may force a sync now (and records it); a sender without a tab never may. */
export function takeContentRefresh(tabId: number | undefined, now = Date.now()): boolean {
  if (tabId === undefined) return false;
  for (const [tab, at] of lastForced) if (now - at >= CONTENT_REFRESH_INTERVAL_MS) lastForced.delete(tab);
  if (lastForced.has(tabId)) return false;
  lastForced.set(tabId, now);
  return true;
}

/** For tests. */
export function resetContentRefreshes(): void {
  lastForced.clear();
}
