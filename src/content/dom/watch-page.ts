import { pageLocation } from './page-location';

/**
 * One MutationObserver for the whole content script. Scanners run at most once a
 * frame, and only when added nodes could hold what they look for, so a busy
 * dashboard pays almost nothing for us.
 */
export interface Scanner {
  /** Lower-case text fragments that make a scan worthwhile when they appear. */
  triggers: readonly string[];
  scan(): void;
}

export function watchPage(scanners: readonly Scanner[], signal: AbortSignal, onEveryBatch?: () => void): void {
  const pending = new Set<Scanner>();
  let frame = 0;
  const flush = () => {
    frame = 0;
    if (signal.aborted) return;
    onEveryBatch?.();
    const due = [...pending];
    pending.clear();
    for (const scanner of due) scanner.scan();
  };
  const schedule = (scanner: Scanner) => {
    pending.add(scanner);
    frame ||= requestAnimationFrame(flush);
  };

  const observer = new MutationObserver((records) => {
    let removed = false;
    for (const record of records) {
      if (record.removedNodes.length) removed = true;
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.TEXT_NODE) continue;
        const text = (node.textContent ?? '').toLowerCase();
        if (!text) continue;
        for (const scanner of scanners) if (!pending.has(scanner) && scanner.triggers.some((t) => text.includes(t))) schedule(scanner);
      }
    }
    // Removals matter to scanners that clean up after their element left.
    if (removed && !frame) frame = requestAnimationFrame(flush);
  });
  // The document, not its root element: a frame's document rewritten with document.open() (an about:blank
  // editor the shell writes after adding the frame) gets a new root, and an observer of the old one sees nothing.
  observer.observe(document, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (frame) cancelAnimationFrame(frame);
  });
  for (const scanner of scanners) schedule(scanner);
}

/** Calls back when the single-page app changes its URL (pushState, replaceState, back/forward). */
export function watchUrl(onChange: (url: string) => void, signal: AbortSignal): () => void {
  let last = pageLocation().href;
  const check = () => {
    const href = pageLocation().href;
    if (href === last) return;
    last = href;
    onChange(last);
  };
  addEventListener('popstate', check, { signal });
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', check, { signal });
  return check;
}
