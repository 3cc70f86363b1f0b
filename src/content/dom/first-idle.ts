/**
 * Runs `run` once, at the page's first idle moment (at the latest after
 * `timeoutMs`), unless `signal` aborts first. For work that waits on the
 * browser process (the first message or session storage read in a document)
 * and must not slow the page's load.
 */
export function onFirstIdle(signal: AbortSignal, run: () => void, timeoutMs: number): void {
  if (signal.aborted) return;
  const idle = requestIdleCallback(run, { timeout: timeoutMs });
  signal.addEventListener('abort', () => cancelIdleCallback(idle), { once: true });
}

/**
 * Runs `run` once, in a task of its own after the page's load event has been
 * dispatched (right away, in a task, if it already was), or `capMs` after
 * DOMContentLoaded if the load takes longer, and in any case `latestMs` after
 * this call: a document.open() erases the page's listeners (ours among them),
 * and a page may stop its load events, so the events alone could leave a frame
 * without us. The content script is injected at document start
 * (content-scripts.config.ts says why): anything it did then, or before the
 * load event, would delay the page's load.
 */
export function afterPageLoad(run: () => void, capMs: number, latestMs: number): void {
  let started = false;
  let cap: ReturnType<typeof setTimeout> | undefined;
  const start = () => {
    if (started) return;
    started = true;
    clearTimeout(cap);
    clearTimeout(latest);
    removeEventListener('load', onLoad);
    run();
  };
  const latest = setTimeout(start, latestMs);
  // The load event's listeners run inside it: start in the task after.
  const onLoad = () => setTimeout(start, 0);
  // Counted from DOMContentLoaded, so even a capped start finds the whole document.
  const startCap = () => {
    cap = setTimeout(start, capMs);
  };
  if (document.readyState === 'complete') {
    setTimeout(start, 0);
    return;
  }
  addEventListener('load', onLoad);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', startCap, { once: true });
  else startCap();
}
