import type { ExportRecord } from '@export-ledger/contract';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ErrorState } from '../../../components/ui/error-state';
import { filtersToSearch, type RecordFilters } from '../../../lib/record-filters';
import { useNewerExists } from '../api/get-newest';
import { recordsQueryOptions, useRecords } from '../api/get-records';
import { useFailedRegions } from '../hooks/use-region-statuses';
import { NewExportsNotice } from './new-exports-notice';
import { RecordsGrid } from './records-grid';
import { RecordsStatus } from './records-status';
import { RegionBanner } from './region-banner';

interface RecordsViewProps {
  filters: RecordFilters;
  openKey: string | undefined;
  onOpen: (record: ExportRecord, href: string) => void;
}

/** The records of the current filters: banner for failed regions, the table, and its status line. */
export function RecordsView({ filters, openKey, onOpen }: RecordsViewProps) {
  const queryClient = useQueryClient();
  const query = useRecords(filters);
  // Read again from the top: the failed regions' records then arrive in their place in the order.
  const reload = () => queryClient.resetQueries({ queryKey: recordsQueryOptions(filters).queryKey });
  const pages = query.data?.pages;
  const records = useMemo(() => pages?.flatMap((page) => page.records) ?? [], [pages]);
  const scanned = useMemo(() => pages?.reduce((sum, page) => sum + page.scanned, 0) ?? 0, [pages]);
  const failed = useFailedRegions(pages);
  const newerExists = useNewerExists(filters, records[0], query.isSuccess);

  if (query.isError && !query.data) {
    return (
      <ErrorState
        title="The records could not be loaded"
        error={query.error}
        onRetry={() => query.refetch()}
      />
    );
  }

  return (
    <>
      <RegionBanner failed={failed} onRetry={reload} />
      {newerExists ? <NewExportsNotice onShow={reload} /> : null}
      <RecordsGrid
        records={records}
        filters={filters}
        search={filtersToSearch(filters)}
        openKey={openKey}
        onOpen={onOpen}
        complete={query.isSuccess && !query.hasNextPage}
        loadMore={{
          hasNextPage: query.hasNextPage,
          isFetchingNextPage: query.isFetchingNextPage,
          canFetch: !query.isFetchNextPageError && !query.isPending,
          fetchNextPage: query.fetchNextPage,
        }}
        status={
          <RecordsStatus
            shown={records.length}
            scanned={scanned}
            isLoading={query.isPending}
            hasNextPage={query.hasNextPage}
            isFetchingNextPage={query.isFetchingNextPage}
            nextPageError={query.isFetchNextPageError ? query.error : null}
            onRetry={() => query.fetchNextPage()}
          />
        }
      />
    </>
  );
}
