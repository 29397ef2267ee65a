import type { RecordsPage, RegionStatus } from '@export-ledger/contract';
import { useMemo } from 'react';

/** The latest word on each region across the loaded pages: a later page's status wins. */
export function useFailedRegions(pages: RecordsPage[] | undefined): RegionStatus[] {
  return useMemo(() => {
    const latest = new Map<string, RegionStatus>();
    for (const page of pages ?? []) for (const status of page.regions) latest.set(status.region, status);
    return [...latest.values()].filter((status) => status.status === 'error');
  }, [pages]);
}
