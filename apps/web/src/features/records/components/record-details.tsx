import type { ExportRecord } from '@export-ledger/contract';
import { lazy, Suspense, useState } from 'react';
import { CopyButton } from '../../../components/ui/copy-button';
import { RelativeTime } from '../../../components/ui/relative-time';
import { StateBadge } from '../../../components/ui/state-badge';
import { recordPath } from '../api/get-record';
import { DestinationDetails } from './destination-details';
import { SourceDetails } from './source-details';

const RawJson = lazy(() => import('./raw-json').then((module) => ({ default: module.RawJson })));

/** Everything about one record. `titleSlot` lets the panel supply its dialog title element. */
export function RecordDetails({ record, headingId }: { record: ExportRecord; headingId?: string }) {
  const [showJson, setShowJson] = useState(false);
  const shareLink = `${window.location.origin}${recordPath(record.location.regionName, record.name)}`;
  return (
    <article className="record" aria-labelledby={headingId}>
      <div className="record-summary">
        <StateBadge state={record.state} />
        <span>
          {record.location.regionName}
          {record.location.availabilityZone ? ` (zone ${record.location.availabilityZone})` : ''}
        </span>
        <span>
          Created <RelativeTime iso={record.createdAt} />
        </span>
      </div>
      <p className="mono break record-arn">{record.arn}</p>
      <div className="record-actions">
        <CopyButton text={record.arn} label="Copy ARN" copiedLabel="ARN copied" />
        <CopyButton text={shareLink} label="Copy share link" copiedLabel="Link copied" />
      </div>
      <section aria-labelledby="record-source-heading">
        <h3 id="record-source-heading">Source</h3>
        <SourceDetails source={record.sourceInfo} />
      </section>
      <section aria-labelledby="record-destination-heading">
        <h3 id="record-destination-heading">Destination</h3>
        <DestinationDetails record={record} />
      </section>
      <section aria-labelledby="record-json-heading">
        <h3 id="record-json-heading">Raw JSON</h3>
        <button
          type="button"
          className="button"
          aria-expanded={showJson}
          onClick={() => setShowJson(!showJson)}
        >
          {showJson ? 'Hide raw JSON' : 'Show raw JSON'}
        </button>
        {showJson ? (
          <Suspense fallback={<p className="muted">Loading…</p>}>
            <RawJson record={record} />
          </Suspense>
        ) : null}
      </section>
    </article>
  );
}
