import type { ExportRecord } from '@export-ledger/contract';
import { destinationLabel } from '../../../lib/format';

/** The EC2 console page of an exported image or snapshot, in the record's region. */
export function ec2ConsoleUrl(region: string, destination: ExportRecord['destinationInfo']): string | null {
  if (!destination?.id) return null;
  const base = `https://${region}.console.aws.amazon.com/ec2/home?region=${region}`;
  if (destination.service === 'Aws::EC2::Image') return `${base}#ImageDetails:imageId=${destination.id}`;
  if (destination.service === 'Aws::EC2::Snapshot')
    return `${base}#SnapshotDetails:snapshotId=${destination.id}`;
  return null;
}

/** Where the export went: the EC2 service, the id, and a link to it in the console. */
export function DestinationDetails({ record }: { record: ExportRecord }) {
  const destination = record.destinationInfo;
  if (!destination)
    return (
      <p className="muted">
        {record.state === 'Failed' ? 'None: the export failed.' : 'No destination yet.'}
      </p>
    );
  const url = ec2ConsoleUrl(record.location.regionName, destination);
  return (
    <dl className="details">
      <dt>Service</dt>
      <dd>
        {destinationLabel(destination.service)}{' '}
        <span className="muted mono">({destination.service ?? '—'})</span>
      </dd>
      <dt>ID</dt>
      <dd className="mono">{destination.id ?? '—'}</dd>
      {url ? (
        <>
          <dt>Console</dt>
          <dd>
            <a href={url} target="_blank" rel="noopener noreferrer">
              Open {destination.id} in the EC2 console ({record.location.regionName})
              <span className="sr-only"> (opens in a new tab)</span>
              <span aria-hidden="true"> ↗</span>
            </a>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
