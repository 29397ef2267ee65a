import type { RegionStatus } from '@export-ledger/contract';

/** Names each region that failed and why; the records of the others stay on screen. */
export function RegionBanner({ failed, onRetry }: { failed: RegionStatus[]; onRetry: () => void }) {
  if (failed.length === 0) return null;
  return (
    <div className="banner banner-warning" role="alert">
      <div>
        <strong>
          {failed.length === 1
            ? 'One region could not be read'
            : `${failed.length} regions could not be read`}
        </strong>
        ; the records below come from the others.
        <ul className="banner-list">
          {failed.map((status) => (
            <li key={status.region}>
              <span className="mono">{status.region}</span>: {status.error?.message ?? 'unknown error'}
              {status.error?.code ? <span className="muted"> ({status.error.code})</span> : null}
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
