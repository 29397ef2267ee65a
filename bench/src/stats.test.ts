import { describe, expect, it } from 'vitest';
import { median, quantile, ratioOfMedians, spread, summarize } from './stats';

describe('quantile', () => {
  it('interpolates between the two nearest samples, whatever their order', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([10, 20, 30, 40, 50], 0.25)).toBe(20);
    expect(quantile([1, 2], 0.95)).toBeCloseTo(1.95);
  });

  it('returns the only sample of a single run for every quantile', () => {
    expect(quantile([7], 0)).toBe(7);
    expect(quantile([7], 0.95)).toBe(7);
  });

  it('refuses an empty list and a quantile outside [0, 1]', () => {
    expect(() => quantile([], 0.5)).toThrow(/no samples/);
    expect(() => quantile([1], 1.5)).toThrow(/outside/);
  });
});

describe('summarize', () => {
  it('reports median, quartiles, p95 and extremes of the runs', () => {
    const summary = summarize([5, 1, 4, 2, 3]);
    expect(summary).toEqual({ n: 5, median: 3, p25: 2, p75: 4, p95: 4.8, min: 1, max: 5 });
  });

  it('keeps a single outlier from moving the median', () => {
    expect(median([10, 11, 12, 10_000])).toBe(11.5);
  });
});

describe('spread', () => {
  it('uses the interquartile range from five runs on', () => {
    expect(spread(summarize([1, 2, 3, 4, 5]))).toEqual({ low: 2, high: 4, kind: 'IQR' });
  });

  it('uses min–max for fewer runs, where quartiles would be interpolated guesses', () => {
    expect(spread(summarize([3, 1, 2]))).toEqual({ low: 1, high: 3, kind: 'min–max' });
  });
});

describe('ratioOfMedians', () => {
  it('divides the subject median by the baseline median', () => {
    expect(ratioOfMedians(summarize([20, 22, 24]), summarize([10, 11, 12]))).toBe(2);
  });

  it('is NaN rather than Infinity when the baseline median is zero', () => {
    expect(ratioOfMedians(summarize([1]), summarize([0]))).toBeNaN();
  });
});
