import { ApiError } from '../../lib/api-client';

/** A failed request is shown as a failure, with a way to try again, never as an empty table. */
export function ErrorState({ title, error, onRetry }: { title: string; error: Error; onRetry: () => void }) {
  const detail =
    error instanceof ApiError
      ? `${error.message} (HTTP ${error.status}${error.requestId ? `, request ${error.requestId}` : ''})`
      : error.message;
  return (
    <div className="error-state" role="alert">
      <strong>{title}</strong>
      <p>{detail}</p>
      <button type="button" className="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
