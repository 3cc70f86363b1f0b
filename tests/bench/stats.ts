/**
 * Summaries of raw samples. Quantiles interpolate linearly between the sorted
 * samples (the "type 7" definition used by R and NumPy), so with few runs the
 * p95 sits between the two largest samples rather than on the maximum.
 */
export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  /** Interquartile range: p75 - p25. */
  iqr: number;
  mean: number;
  /** Samples left out because they were not finite numbers (NaN, ±Infinity): a failed run, not a fast one. */
  dropped: number;
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = sorted[low]!;
  const b = sorted[high]!;
  return a + (b - a) * (position - low);
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  const n = sorted.length;
  return {
    n,
    dropped: samples.length - n,
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    min: sorted[0] ?? Number.NaN,
    max: sorted[n - 1] ?? Number.NaN,
    iqr: quantile(sorted, 0.75) - quantile(sorted, 0.25),
    mean: n ? sorted.reduce((total, value) => total + value, 0) / n : Number.NaN,
  };
}

/** Ratio of two medians; NaN when the denominator is zero or missing. */
export function ratio(numerator: number, denominator: number): number {
  return denominator > 0 && Number.isFinite(numerator) ? numerator / denominator : Number.NaN;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
