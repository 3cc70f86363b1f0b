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
