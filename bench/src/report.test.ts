import { describe, expect, it } from 'vitest';
import type { Machine } from './machine';
import {
  comparedRow,
  formatMeasure,
  measure,
  missedTargets,
  type ReportInput,
  renderReport,
  resultsTable,
  verdict,
} from './report';

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

describe('renderReport', () => {
  const machine: Machine = {
    date: '2026-12-03T20:00:00.000Z',
    cpu: 'Test CPU',
    cores: 2,
    memoryGiB: 24,
    os: 'Linux',
    node: 'v20.19.0',
    loadAverage: [0.5, 0.5, 0.5],
  };
  const input = (overrides: Partial<ReportInput>): ReportInput => ({
    machine,
    loadAtEnd: 0.5,
    tools: {},
    quick: false,
    durationS: 300,
    sections: [],
    failures: [],
    analysis: '',
    ...overrides,
  });

  it('says plainly which budgets are missed, and which scenarios did not run', () => {
    const report = renderReport(
      input({
        sections: [
          {
            title: '1. BFF overhead',
            result: {
              rows: [
                comparedRow({
                  scenario: '1',
                  figure: 'overhead',
                  subject: measure([30], 'ms'),
                  baseline: { label: 'direct', measure: measure([20], 'ms') },
                }),
              ].map((row) => ({ ...row, target: { kind: 'budget' as const, text: '≤ 1.15 x', met: false } })),
              notes: ['how it is measured'],
            },
          },
        ],
        failures: [{ title: '6. Web', error: 'no build' }],
      }),
    );
    expect(report).toContain('- 1 overhead: 1.50 x against budget ≤ 1.15 x (MISSED).');
    expect(report).toContain('- 6. Web: **did not run**: no build');
    expect(report).toContain('- how it is measured');
  });

  it('says the machine was busy when the load average exceeded its cores, and nothing otherwise', () => {
    expect(renderReport(input({ loadAtEnd: 7 }))).toContain('busy with other work');
    expect(renderReport(input({}))).not.toContain('busy with other work');
    expect(renderReport(input({}))).toContain('None.');
  });
});
