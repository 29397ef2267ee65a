import type { RecordsPage, RegionStatus } from '@export-ledger/contract';
import { useMemo } from 'react';

/** The regions whose latest word across the loaded pages is an error: a later page's status wins. */
export function failedRegions(pages: readonly Pick<RecordsPage, 'regions'>[]): RegionStatus[] {
  const latest = new Map<string, RegionStatus>();
  for (const page of pages) for (const status of page.regions) latest.set(status.region, status);
  return [...latest.values()].filter((status) => status.status === 'error');
}

export const useFailedRegions = (pages: RecordsPage[] | undefined) =>
  useMemo(() => failedRegions(pages ?? []), [pages]);
