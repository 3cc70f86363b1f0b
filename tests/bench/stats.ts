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

export interface MedianInterval {
  low: number;
  high: number;
  /** The interval's exact coverage (≥ the confidence asked for), from the binomial distribution. */
  coverage: number;
  n: number;
}

/**
 * A distribution-free confidence interval for the median: [x(k), x(n+1-k)] of
 * the sorted finite samples, with k the largest rank such that the interval
 * still covers the true median with at least `confidence` (each sample falls
 * below the median with probability 1/2, so the count below is Binomial(n, 1/2)).
 * Assumes only independent samples of one distribution; no normality. NaN bounds
 * when n is too small for that confidence (fewer than 6 samples at 95%).
 */
export function medianInterval(samples: readonly number[], confidence = 0.95): MedianInterval {
  const sorted = [...samples].filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  const n = sorted.length;
  const tail = (1 - confidence) / 2;
  // P(B <= j) for B ~ Binomial(n, 1/2), in log space so large n does not underflow.
  let logChoose = 0;
  let cumulative = 0;
  let k = 0;
  for (let j = 0; j < n; j++) {
    if (j > 0) logChoose += Math.log((n - j + 1) / j);
    const below = cumulative + Math.exp(logChoose - n * Math.LN2);
    // x(j+1) is a valid lower bound while P(B <= j) stays within the tail.
    if (below > tail) break;
    cumulative = below;
    k = j + 1;
  }
  if (k === 0 || k > n + 1 - k) return { low: Number.NaN, high: Number.NaN, coverage: Number.NaN, n };
  return { low: sorted[k - 1]!, high: sorted[n - k]!, coverage: 1 - 2 * cumulative, n };
}
