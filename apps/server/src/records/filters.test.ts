import { describe, expect, it } from 'vitest';
import { fakeRecord } from '../test-support/memory-gateway';
import { matchesFilters, normalizeFilters } from './filters';

const record = fakeRecord('eu-west-2', 1_700_000_000, {
  name: 'ExportSnapshotRecord-Alpha',
  arn: 'arn:aws:lightsail:eu-west-2:123456789012:ExportSnapshotRecord/BRAVO',
  state: 'Failed',
  sourceInfo: {
    resourceType: 'DiskSnapshot',
    name: 'Charlie-Snapshot-1',
    fromResourceName: 'Delta-Disk',
  },
  destinationInfo: { id: 'snap-0ECHO', service: 'Aws::EC2::Snapshot' },
});

const matches = (filters: Parameters<typeof normalizeFilters>[0]) =>
  matchesFilters(record, normalizeFilters(filters));
const none = { region: [], state: [], source: [] };

describe('record filters', () => {
  it.each([
    ['name', 'alpha'],
    ['ARN', 'bravo'],
    ['source name', 'CHARLIE'],
    ['source resource', 'delta-disk'],
    ['destination id', 'snap-0echo'],
    ['trimmed text', '  alpha  '],
  ])('matches q against the %s, case-insensitively', (_field, q) => {
    expect(matches({ ...none, q })).toBe(true);
  });

  it('does not match q against other fields such as the state or the destination service', () => {
    expect(matches({ ...none, q: 'failed' })).toBe(false);
    expect(matches({ ...none, q: 'aws::ec2' })).toBe(false);
  });

  it('keeps a record only when its state and source type are among those asked', () => {
    expect(matches({ ...none, state: ['Failed', 'Started'] })).toBe(true);
    expect(matches({ ...none, state: ['Succeeded'] })).toBe(false);
    expect(matches({ ...none, source: ['DiskSnapshot'] })).toBe(true);
    expect(matches({ ...none, source: ['InstanceSnapshot'] })).toBe(false);
  });

  it('keeps every record when no filter is given', () => {
    expect(matches(none)).toBe(true);
  });
});
