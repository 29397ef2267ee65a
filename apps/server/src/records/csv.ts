import type { ExportRecord } from '@export-ledger/contract';

/** The columns of the CSV export: the record flattened to what a spreadsheet user filters on. */
const COLUMNS: [header: string, value: (record: ExportRecord) => string | number | undefined][] = [
  ['name', (r) => r.name],
  ['arn', (r) => r.arn],
  ['createdAt', (r) => r.createdAt],
  ['region', (r) => r.location.regionName],
  ['state', (r) => r.state],
  ['sourceType', (r) => r.sourceInfo?.resourceType],
  ['sourceName', (r) => r.sourceInfo?.name],
  ['sourceArn', (r) => r.sourceInfo?.arn],
  ['fromResourceName', (r) => r.sourceInfo?.fromResourceName],
  ['bundleId', (r) => r.sourceInfo?.instanceSnapshotInfo?.fromBundleId],
  ['blueprintId', (r) => r.sourceInfo?.instanceSnapshotInfo?.fromBlueprintId],
  ['diskCount', (r) => r.sourceInfo?.instanceSnapshotInfo?.fromDiskInfo?.length],
  ['totalSizeInGb', totalSize],
  ['destinationService', (r) => r.destinationInfo?.service],
  ['destinationId', (r) => r.destinationInfo?.id],
];

function totalSize(record: ExportRecord): number | undefined {
  const source = record.sourceInfo;
  const disks = source?.instanceSnapshotInfo?.fromDiskInfo;
  if (disks) return disks.reduce((sum, disk) => sum + (disk.sizeInGb ?? 0), 0);
  return source?.diskSnapshotInfo?.sizeInGb;
}

/** RFC 4180: quote a field holding a comma, quote or line break; double the quotes inside. */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  // A leading =, +, - or @ would be a formula in a spreadsheet: prefix it so it stays text.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const CSV_HEADER = `${COLUMNS.map(([header]) => header).join(',')}\r\n`;

export function csvRow(record: ExportRecord): string {
  return `${COLUMNS.map(([, value]) => csvField(value(record))).join(',')}\r\n`;
}
