/** Summary of one figure measured over several runs: its median and how far the runs spread. */
export interface Summary {
  n: number;
  median: number;
  p25: number;
  p75: number;
  p95: number;
  min: number;
  max: number;
}

/** Linear-interpolated quantile (q in [0, 1]) of unsorted samples; the same rule as numpy's default. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) throw new Error('quantile of no samples');
  if (q < 0 || q > 1) throw new Error(`quantile ${q} is outside [0, 1]`);
  const sorted = [...samples].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] as number;
  const high = sorted[above] as number;
  return low + (high - low) * (position - below);
}

export function median(samples: readonly number[]): number {
  return quantile(samples, 0.5);
}

export function summarize(samples: readonly number[]): Summary {
  return {
    n: samples.length,
    median: median(samples),
    p25: quantile(samples, 0.25),
    p75: quantile(samples, 0.75),
    p95: quantile(samples, 0.95),
    min: Math.min(...samples),
    max: Math.max(...samples),
  };
}

/**
 * How much the subject costs relative to its baseline: the ratio of their medians. Medians, not
 * means, because a shared machine produces occasional huge outliers that a mean would carry.
 */
export function ratioOfMedians(subject: Summary, baseline: Summary): number {
  if (baseline.median === 0) return Number.NaN;
  return subject.median / baseline.median;
}

/**
 * The spread printed next to a median: the interquartile range once there are enough runs for
 * quartiles to mean something, min–max below that.
 */
export function spread(summary: Summary): { low: number; high: number; kind: 'IQR' | 'min–max' } {
  return summary.n >= 5
    ? { low: summary.p25, high: summary.p75, kind: 'IQR' }
    : { low: summary.min, high: summary.max, kind: 'min–max' };
}
