import { describe, expect, it } from 'vitest';
import { destinationLabel, formatExact, formatRelative, sourceLabel } from './format';

const now = Date.parse('2026-12-03T12:00:00Z');

describe('formatting', () => {
  it('says how long ago in the largest unit that fits', () => {
    expect(formatRelative('2026-12-03T11:59:30Z', now)).toBe('30 seconds ago');
    expect(formatRelative('2026-12-03T09:00:00Z', now)).toBe('3 hours ago');
    expect(formatRelative('2026-12-02T12:00:00Z', now)).toBe('1 day ago');
    expect(formatRelative('2025-11-01T12:00:00Z', now)).toBe('1 year ago');
  });

  it('gives the exact time in UTC', () => {
    expect(formatExact('2026-12-03T18:36:05Z')).toBe('3 Dec 2026, 18:36:05 UTC');
  });

  it('names source types and destination services for people', () => {
    expect(sourceLabel('InstanceSnapshot')).toBe('Instance snapshot');
    expect(destinationLabel('Aws::EC2::Snapshot')).toBe('EC2 snapshot');
    expect(destinationLabel(undefined)).toBe('—');
  });
});
