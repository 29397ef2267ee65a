import type { ExportRecord } from '@export-ledger/contract';
import { createColumnHelper, tableFeatures } from '@tanstack/react-table';
import { RelativeTime } from '../../../components/ui/relative-time';
import { StateBadge } from '../../../components/ui/state-badge';
import { destinationLabel, sourceLabel } from '../../../lib/format';

export const features = tableFeatures({});
const column = createColumnHelper<typeof features, ExportRecord>();

/** The name cell holds the row's link; the table renders it (it needs the row's focus state). */
export const NAME_COLUMN_ID = 'name';

export const recordColumns = column.columns([
  column.accessor('state', { header: 'State', cell: (info) => <StateBadge state={info.getValue()} /> }),
  column.accessor('name', { id: NAME_COLUMN_ID, header: 'Name' }),
  column.accessor('createdAt', { header: 'Created', cell: (info) => <RelativeTime iso={info.getValue()} /> }),
  column.accessor((record) => record.location.regionName, { id: 'region', header: 'Region' }),
  column.accessor('sourceInfo', {
    header: 'Source',
    cell: (info) => {
      const source = info.getValue();
      return (
        <span className="two-line">
          <span className="truncate" title={source?.name}>
            {source?.name ?? '—'}
          </span>
          <span className="truncate muted" title={source?.fromResourceName}>
            {sourceLabel(source?.resourceType)}
            {source?.fromResourceName ? ` from ${source.fromResourceName}` : ''}
          </span>
        </span>
      );
    },
  }),
  column.accessor('destinationInfo', {
    header: 'Destination',
    cell: (info) => {
      const destination = info.getValue();
      if (!destination?.id) return <span className="muted">none</span>;
      return (
        <span className="two-line">
          <span className="truncate mono">{destination.id}</span>
          <span className="truncate muted">{destinationLabel(destination.service)}</span>
        </span>
      );
    },
  }),
]);
