import type { ExportRecord, RecordsPage } from '@export-ledger/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RecordFilters } from '../../../lib/record-filters';
import { getRecords } from './get-records';
import { recordKeys } from './record-keys';

/** How often the top of the history is checked for exports started since the list was loaded. */
export const NEWEST_POLL_MS = 15_000;

export const getNewest = (filters: RecordFilters, signal?: AbortSignal) =>
  getRecords(filters, null, signal, 1);

/**
 * One record, not the history: cheap enough to poll (the server's page cache answers most of it).
 * Seeded with the list's own first record, so nothing is fetched until the first interval.
 */
export const newestQueryOptions = (filters: RecordFilters, loadedFirst: ExportRecord | undefined) =>
  queryOptions({
    queryKey: recordKeys.newest(filters),
    queryFn: ({ signal }) => getNewest(filters, signal),
    initialData: (): RecordsPage => ({
      records: loadedFirst ? [loadedFirst] : [],
      nextCursor: null,
      regions: [],
      scanned: 0,
    }),
    initialDataUpdatedAt: () => Date.now(),
    staleTime: NEWEST_POLL_MS,
    refetchInterval: NEWEST_POLL_MS,
    // A failed poll is not worth an error on screen: the next interval tries again.
    retry: false,
  });

/** Whether `a` comes before `b` in the history's order (newest first; equal instants by ARN). */
export function isNewer(a: ExportRecord, b: ExportRecord): boolean {
  const byTime = Date.parse(a.createdAt) - Date.parse(b.createdAt);
  return byTime > 0 || (byTime === 0 && a.arn < b.arn);
}

/** True once an export newer than the list's first record exists for the same filters. */
export function useNewerExists(
  filters: RecordFilters,
  loadedFirst: ExportRecord | undefined,
  enabled: boolean,
): boolean {
  const newest = useQuery({ ...newestQueryOptions(filters, loadedFirst), enabled }).data?.records[0];
  if (!enabled || !newest) return false;
  return loadedFirst === undefined || isNewer(newest, loadedFirst);
}
