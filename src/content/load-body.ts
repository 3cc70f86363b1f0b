import { isOutermostDashboardFrame, readNoticeText, showPageNotice } from './dom/notice';

export type ContentBody = typeof import('./body');

/** After a failed import of the body, it is tried again after these waits; then the page is told. */
export const BODY_RETRY_AFTER_MS = [1_000, 4_000] as const;

/**
 * Imports the content script's body and starts it. Every feature of ours on the page
 * lives in the body, so a failed import (an extension file not read, an update under
 * the tab) is tried again, and if it keeps failing the outermost dashboard frame says
 * so, with Reload page: the marketer is never left without our features and no word why.
 * Chromium fetches a module that failed again when it is imported again
 * (tests/e2e/content-body-load.spec.ts).
 */
export function loadBody(importBody: () => Promise<ContentBody>, attempt = 0): void {
  // The extension was updated or removed since this copy was injected: the new version's
  // copy (if any) serves the page, and this one's context shows no notice.
  if (!chrome.runtime?.id) return;
  importBody().then(
    (body) => body.start(),
    (error: unknown) => {
      console.warn(`[sendbird] the content script could not load (attempt ${attempt + 1})`, error instanceof Error ? error.message : '');
      const wait = BODY_RETRY_AFTER_MS[attempt];
      if (wait !== undefined) setTimeout(() => loadBody(importBody, attempt + 1), wait);
      else if (chrome.runtime?.id && isOutermostDashboardFrame()) {
        const notice = readNoticeText('notice_startFailed');
        if (notice) showPageNotice('start', notice);
      }
    },
  );
}
