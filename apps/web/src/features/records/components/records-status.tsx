import { formatCount } from '../../../lib/format';

interface RecordsStatusProps {
  shown: number;
  scanned: number;
  isLoading: boolean;
  hasNextPage: boolean;
  nextPageError: Error | null;
  onRetry: () => void;
}

/** Below the rows: how far the scan got, that it reached the end, or that the next page failed. */
export function RecordsStatus({
  shown,
  scanned,
  isLoading,
  hasNextPage,
  nextPageError,
  onRetry,
}: RecordsStatusProps) {
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
  let text: string;
  if (isLoading) text = 'Loading records…';
  else if (hasNextPage)
    text = `Scanning… ${formatCount(scanned)} records examined, ${formatCount(shown)} shown so far`;
  else if (shown === 0) text = 'No records match these filters.';
  else text = `End of history: ${formatCount(shown)} ${shown === 1 ? 'record' : 'records'}.`;
  return (
    <div
      className="table-status"
      role="status"
      data-testid="records-status"
      data-complete={!isLoading && !hasNextPage}
    >
      {text}
    </div>
  );
}
