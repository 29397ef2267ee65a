import type { RecordsPage } from '@export-ledger/contract';
import { describe, expect, it } from 'vitest';
import { fakeRecord } from '../test-support/memory-gateway';
import { recordsPageJson } from './page-json';

describe('recordsPageJson', () => {
  it('is exactly JSON.stringify of the page, also when a record is serialized a second time', () => {
    const first = fakeRecord('eu-west-2', 0);
    const second = fakeRecord('us-east-1', 1, { sourceInfo: undefined });
    const page: RecordsPage = {
      records: [first, second],
      nextCursor: 'abc.def',
      regions: [
        { region: 'eu-west-2', status: 'ok' },
        { region: 'us-east-1', status: 'error', error: { code: 'throttled', message: 'slow "down"' } },
      ],
      scanned: 7,
    };
    expect(recordsPageJson(page)).toBe(JSON.stringify(page));
    const again: RecordsPage = { records: [second, first], nextCursor: null, regions: [], scanned: 0 };
    expect(recordsPageJson(again)).toBe(JSON.stringify(again));
    expect(recordsPageJson({ ...again, records: [] })).toBe(JSON.stringify({ ...again, records: [] }));
  });
});
