import type { RegionStatus } from '@export-ledger/contract';
import { describe, expect, it } from 'vitest';
import { failedRegions } from './use-region-statuses';

const ok = (region: RegionStatus['region']): RegionStatus => ({ region, status: 'ok' });
const denied = (region: RegionStatus['region']): RegionStatus => ({
  region,
  status: 'error',
  error: { code: 'access_denied', message: 'Access denied' },
});

describe('failedRegions', () => {
  it('lists each region whose latest page reported an error, once', () => {
    const pages = [{ regions: [ok('us-east-1'), denied('eu-west-1')] }, { regions: [denied('eu-west-1')] }];
    expect(failedRegions(pages)).toEqual([denied('eu-west-1')]);
  });

  it('forgets a failure once a later page read the region again', () => {
    const pages = [{ regions: [denied('eu-west-1'), ok('us-east-1')] }, { regions: [ok('eu-west-1')] }];
    expect(failedRegions(pages)).toEqual([]);
  });
});
