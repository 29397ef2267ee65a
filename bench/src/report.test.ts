import { describe, expect, it } from 'vitest';
import { comparedRow, formatMeasure, measure, missedTargets, resultsTable, verdict } from './report';

describe('report', () => {
  it('prints a median with its spread, and no spread for a single run', () => {
    expect(formatMeasure(measure([10, 12, 11], 'ms'))).toBe('11.0 ms (10.0–12.0)');
    expect(formatMeasure(measure([87.4], 'kB'))).toBe('87.4 kB');
  });

  it('computes the ratio of medians for a compared row', () => {
    const row = comparedRow({
      scenario: '1',
      figure: 'f',
      subject: measure([22, 23, 24], 'ms'),
      baseline: { label: 'direct', measure: measure([20, 20, 20], 'ms') },
    });
    expect(row.ratio).toBeCloseTo(1.15);
  });

  it('names budgets and goals apart in the verdict', () => {
    expect(verdict({ kind: 'budget', text: '', met: true })).toBe('PASS');
    expect(verdict({ kind: 'budget', text: '', met: false })).toBe('**MISSED**');
    expect(verdict({ kind: 'goal', text: '', met: true })).toBe('GOAL MET');
    expect(verdict({ kind: 'goal', text: '', met: false })).toBe('**GOAL MISSED**');
    expect(verdict(undefined)).toBe('—');
  });

  it('lists only the rows whose target was missed, and renders every row in the table', () => {
    const rows = [
      {
        scenario: '6',
        figure: 'a',
        subject: measure([1], 'rows'),
        target: { kind: 'budget', text: '≤ 100', met: true },
      },
      {
        scenario: '6',
        figure: 'b',
        subject: measure([2], 'rows'),
        target: { kind: 'goal', text: '≥ 3', met: false },
      },
    ] as const;
    expect(missedTargets([...rows]).map((row) => row.figure)).toEqual(['b']);
    expect(resultsTable([...rows]).split('\n')).toHaveLength(4);
  });
});
