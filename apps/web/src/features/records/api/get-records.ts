import type { RecordsPage } from '@export-ledger/contract';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client';
import { filtersToSearch, type RecordFilters } from '../../../lib/record-filters';
import { recordKeys } from './record-keys';

export const PAGE_LIMIT = 100;

export function getRecords(
  filters: RecordFilters,
  cursor: string | null,
  signal?: AbortSignal,
  limit = PAGE_LIMIT,
) {
  const params = new URLSearchParams(filtersToSearch(filters));
  params.set('limit', String(limit));
  if (cursor) params.set('cursor', cursor);
  return getJson(`/api/records?${params}`, 'recordsPageSchema', { signal });
}

export const recordsQueryOptions = (filters: RecordFilters) =>
  infiniteQueryOptions({
    queryKey: recordKeys.list(filters),
    queryFn: ({ pageParam, signal }) => getRecords(filters, pageParam, signal),
    initialPageParam: null as string | null,
    // Lightsail gives only a next token, so "more" is exactly "the server returned a cursor".
    getNextPageParam: (lastPage: RecordsPage) => lastPage.nextCursor,
    // A long history is expensive to read again (every loaded page, one after another): never do it
    // behind the user's back. Started rows refresh one by one (useStartedRefresh).
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

export const useRecords = (filters: RecordFilters) => useInfiniteQuery(recordsQueryOptions(filters));
