import { formatCount, formatRecords } from '../../../lib/format';

interface RecordsStatusProps {
  shown: number;
  scanned: number;
  isLoading: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  nextPageError: Error | null;
  onRetry: () => void;
}

type Progress = Omit<RecordsStatusProps, 'nextPageError' | 'onRetry'>;

/**
 * "Scanning" only while pages are being read, or while none has matched yet (the table keeps
 * reading then); rows on screen with more to come say that scrolling loads them.
 */
export function statusText({ shown, scanned, isLoading, hasNextPage, isFetchingNextPage }: Progress): string {
  if (isLoading) return 'Loading records…';
  if (hasNextPage && (isFetchingNextPage || shown === 0))
    return `Scanning… ${formatCount(scanned)} records examined, ${formatCount(shown)} shown so far`;
  if (hasNextPage) return `${formatRecords(shown)} shown; more load as you scroll.`;
  if (shown === 0) return 'No records match these filters.';
  return `End of history: ${formatRecords(shown)}.`;
}

/** Below the rows: how far the scan got, that it reached the end, or that the next page failed. */
export function RecordsStatus({ nextPageError, onRetry, ...progress }: RecordsStatusProps) {
  const { isLoading, hasNextPage } = progress;
  if (nextPageError) {
    return (
      <div className="table-status" role="alert" data-testid="records-status" data-complete="error">
        Could not load more records: {nextPageError.message}{' '}
        <button type="button" className="button" onClick={onRetry}>
          Retry
        </button>
      </div>
    );
  }
  return (
    <div
      className="table-status"
      role="status"
      data-testid="records-status"
      data-complete={!isLoading && !hasNextPage}
    >
      {statusText(progress)}
    </div>
  );
}
