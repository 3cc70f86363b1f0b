import { onFirstIdle } from './dom/first-idle';
import { isOutermostDashboardFrame, readNoticeText, showPageNotice, type NoticeText } from './dom/notice';

/**
 * The content script's lifetime. When the extension is reloaded or updated under
 * an open tab, this copy of the script is orphaned: it notices, tears down
 * everything it set up (all hung off `signal`) and asks for a page reload.
 */
export interface ContentContext {
  signal: AbortSignal;
  /** True while the extension that injected us is still there. */
  isAlive(): boolean;
}

export function createContentContext(): ContentContext {
  const controller = new AbortController();
  // Read ahead, while the extension is here (once it is gone, its messages may be too), but
  // in idle time after the page has loaded: the first message read in a page fetches the
  // extension's message bundle, about 10 ms of main thread (CPU profile of the campaign page).
  let notice: NoticeText | undefined;
  const readNotice = () => {
    notice ??= readNoticeText('notice_reloadText');
  };
  // Only the outermost dashboard frame shows the notice (for its frames too): the others never read it.
  const showsNotice = isOutermostDashboardFrame();
  if (showsNotice) onFirstIdle(controller.signal, readNotice, 5_000);
  const isAlive = () => {
    if (controller.signal.aborted) return false;
    let alive = false;
    try {
      alive = Boolean(chrome.runtime?.id);
    } catch {
      alive = false;
    }
    if (!alive) {
      controller.abort();
      if (showsNotice) {
        // Gone within its first idle moment: the notice is read now, or not shown if its messages went too.
        try {
          readNotice();
        } catch {}
        if (notice) showPageNotice('reload', notice);
      }
    }
    return alive;
  };
  const timer = setInterval(isAlive, 2_000);
  controller.signal.addEventListener('abort', () => clearInterval(timer));
  return { signal: controller.signal, isAlive };
}
