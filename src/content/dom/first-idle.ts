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
 * dispatched (right away, in a task, if it already was), or after `capMs` if the
 * load takes longer. Chromium injects a document_idle script just before the
 * load event, so anything the script does when it is evaluated, or schedules
 * for the next frame, delays the page's load; started from here it does not.
 */
export function afterPageLoad(run: () => void, capMs: number): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    clearTimeout(cap);
    removeEventListener('load', onLoad);
    run();
  };
  // The load event's listeners run inside it: start in the task after.
  const onLoad = () => setTimeout(start, 0);
  const cap = setTimeout(start, capMs);
  if (document.readyState === 'complete') setTimeout(start, 0);
  else addEventListener('load', onLoad);
}
