import type { ReactNode } from 'react';
import { ErrorState } from '../../../components/ui/error-state';
import { ApiError } from '../../../lib/api-client';
import { useRecord } from '../api/get-record';
import { RecordDetails } from './record-details';

interface RecordViewProps {
  region: string;
  name: string;
  /** The way back to the table: a link on a page, a close button in the panel. */
  backAction: ReactNode;
  /** Id of the heading renderHeading draws, when it sets one (the page does, the panel's Radix does). */
  headingId?: string;
  /** Renders the heading: the panel wraps it in its dialog title. */
  renderHeading: (text: string) => ReactNode;
}

/** Loads one record and shows it, or says it does not exist, or that loading it failed. */
export function RecordView({ region, name, backAction, headingId, renderHeading }: RecordViewProps) {
  const query = useRecord(region, name);
  if (query.isPending) {
    return (
      <div className="record">
        {renderHeading(name)}
        <p role="status">Loading record…</p>
      </div>
    );
  }
  if (query.isError) {
    if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
      return (
        <div className="record">
          {renderHeading('Record not found')}
          <p>
            There is no export record <span className="mono break">{name}</span> in {region}. It may have been
            removed, or the link may be mistyped.
          </p>
          {backAction}
        </div>
      );
    }
    return (
      <div className="record">
        {renderHeading(name)}
        <ErrorState
          title="The record could not be loaded"
          error={query.error}
          onRetry={() => query.refetch()}
        />
        {backAction}
      </div>
    );
  }
  return (
    <>
      {renderHeading(query.data.record.name)}
      <RecordDetails record={query.data.record} headingId={headingId} />
    </>
  );
}
