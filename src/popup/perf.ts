/**
 * User Timing marks around the two things that must feel instant: filtering
 * the list on a keystroke (`sb-search`) and updating the preview
 * (`sb-preview-open`, `sb-preview-update`). Each measure runs from the user's
 * input to React's commit of the result; the browser test and the benchmark
 * read them with performance.getEntriesByName().
 */
export function markStart(name: string): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.clearMarks(`${name}:start`);
  performance.mark(`${name}:start`);
}

export function markEnd(name: string): void {
  if (typeof performance === 'undefined' || typeof performance.getEntriesByName !== 'function') return;
  if (performance.getEntriesByName(`${name}:start`, 'mark').length === 0) return;
  try {
    performance.measure(name, `${name}:start`);
  } finally {
    performance.clearMarks(`${name}:start`);
  }
  // Keep the buffer bounded in a long session.
  if (performance.getEntriesByName(name, 'measure').length > 500) performance.clearMeasures(name);
}
