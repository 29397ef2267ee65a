import type { ExportRecord } from '@export-ledger/contract';
import { RelativeTime } from '../../../components/ui/relative-time';
import { formatGb, sourceLabel } from '../../../lib/format';

type Source = NonNullable<ExportRecord['sourceInfo']>;

function Disks({ disks }: { disks: NonNullable<Source['instanceSnapshotInfo']>['fromDiskInfo'] }) {
  if (!disks?.length) return <p className="muted">No disks recorded.</p>;
  const total = disks.reduce((sum, disk) => sum + (disk.sizeInGb ?? 0), 0);
  return (
    <table className="disks">
      <caption>Disks</caption>
      <thead>
        <tr>
          <th scope="col">Path</th>
          <th scope="col">Name</th>
          <th scope="col" className="num">
            Size
          </th>
          <th scope="col">Role</th>
        </tr>
      </thead>
      <tbody>
        {disks.map((disk) => (
          <tr key={disk.path ?? disk.name} className={disk.isSystemDisk ? 'system-disk' : undefined}>
            <td className="mono">{disk.path ?? '—'}</td>
            <td className="mono">{disk.name ?? '—'}</td>
            <td className="num">{disk.sizeInGb === undefined ? '—' : formatGb(disk.sizeInGb)}</td>
            <td>
              {disk.isSystemDisk ? <span className="badge badge-system">System disk</span> : 'Data disk'}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            Total
          </th>
          <td className="num">{formatGb(total)}</td>
          <td>
            {disks.length} {disks.length === 1 ? 'disk' : 'disks'}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

/** Where the export came from: the snapshot, its instance or disk, and for instances the disks. */
export function SourceDetails({ source }: { source: ExportRecord['sourceInfo'] }) {
  if (!source) return <p className="muted">Lightsail did not record the source.</p>;
  const instance = source.instanceSnapshotInfo;
  return (
    <>
      <dl className="details">
        <dt>Type</dt>
        <dd>{sourceLabel(source.resourceType)}</dd>
        <dt>Snapshot name</dt>
        <dd className="mono">{source.name ?? '—'}</dd>
        <dt>Snapshot ARN</dt>
        <dd className="mono break">{source.arn ?? '—'}</dd>
        <dt>Snapshot created</dt>
        <dd>{source.createdAt ? <RelativeTime iso={source.createdAt} /> : '—'}</dd>
        <dt>From resource</dt>
        <dd className="mono">{source.fromResourceName ?? '—'}</dd>
        <dt>From resource ARN</dt>
        <dd className="mono break">{source.fromResourceArn ?? '—'}</dd>
        {instance ? (
          <>
            <dt>Bundle</dt>
            <dd className="mono">{instance.fromBundleId ?? '—'}</dd>
            <dt>Blueprint</dt>
            <dd className="mono">{instance.fromBlueprintId ?? '—'}</dd>
          </>
        ) : null}
        {source.diskSnapshotInfo ? (
          <>
            <dt>Disk size</dt>
            <dd>
              {source.diskSnapshotInfo.sizeInGb === undefined
                ? '—'
                : formatGb(source.diskSnapshotInfo.sizeInGb)}
            </dd>
          </>
        ) : null}
      </dl>
      {instance ? <Disks disks={instance.fromDiskInfo} /> : null}
    </>
  );
}
