import type { ExportRecord } from '@export-ledger/contract';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { RecordFilters } from '../../../lib/record-filters';
import { recordQueryOptions } from '../api/get-record';
import { recordsQueryOptions } from '../api/get-records';

/**
 * Polls each visible `Started` record on its own until it finishes, and patches the one row in the
 * list's cached pages: the rest of the history is never fetched again.
 */
export function useStartedRefresh(filters: RecordFilters, visible: ExportRecord[]) {
  const queryClient = useQueryClient();
  const started = visible.filter((record) => record.state === 'Started');
  const fresh = useQueries({
    queries: started.map((record) => ({
      ...recordQueryOptions(record.location.regionName, record.name),
      initialData: { record },
      initialDataUpdatedAt: Date.now(),
    })),
    combine: (results) => results.flatMap((result) => (result.data ? [result.data.record] : [])),
  });
  const finished = fresh.filter((record) => record.state !== 'Started');
  const signature = finished.map((record) => `${record.arn}:${record.state}`).join('|');

  // biome-ignore lint/correctness/useExhaustiveDependencies: `signature` stands for `finished`'s content.
  useEffect(() => {
    if (finished.length === 0) return;
    const byArn = new Map(finished.map((record) => [record.arn, record]));
    queryClient.setQueryData(recordsQueryOptions(filters).queryKey, (data) =>
      data
        ? {
            ...data,
            pages: data.pages.map((page) =>
              page.records.some((record) => byArn.has(record.arn))
                ? { ...page, records: page.records.map((record) => byArn.get(record.arn) ?? record) }
                : page,
            ),
          }
        : data,
    );
  }, [signature, filters, queryClient]);
}
