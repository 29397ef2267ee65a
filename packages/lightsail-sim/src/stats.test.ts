import { describe, expect, it } from 'vitest';
import { StatsRecorder } from './stats';

describe('StatsRecorder', () => {
  it('keeps every request in order while under its cap', () => {
    const stats = new StatsRecorder(5);
    for (const region of ['a', 'b', 'c']) stats.record('GetExportSnapshotRecords', region, 'ok');
    expect(stats.snapshot().requests.map((r) => r.region)).toEqual(['a', 'b', 'c']);
  });

  it('keeps only the most recent requests, oldest first, so a long-running server does not grow', () => {
    const stats = new StatsRecorder(3);
    for (const region of ['a', 'b', 'c', 'd', 'e']) stats.record('GetRegions', region, 'ok');
    expect(stats.snapshot().requests.map((r) => r.region)).toEqual(['c', 'd', 'e']);
  });

  it('counts aborted requests apart from the capped log, and reset clears both', () => {
    const stats = new StatsRecorder(2);
    stats.abort({ operation: 'GetRegions', region: 'x' });
    stats.abort();
    expect(stats.snapshot()).toEqual({
      requests: [{ operation: 'GetRegions', region: 'x', outcome: 'aborted' }],
      aborted: 2,
    });
    stats.reset();
    expect(stats.snapshot()).toEqual({ requests: [], aborted: 0 });
  });
});
