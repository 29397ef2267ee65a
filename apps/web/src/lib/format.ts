const exactFormat = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'long',
  timeZone: 'UTC',
});
const relativeFormat = new Intl.RelativeTimeFormat('en', { numeric: 'always' });

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3 hours ago", "1 week ago": the largest unit that fits (never "yesterday", which names a calendar day). */
export function formatRelative(iso: string, now = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') {
      return relativeFormat.format(Math.round(seconds / size), unit);
    }
  }
  return iso;
}

/** An unambiguous time, always in UTC: "3 Dec 2026, 18:36:05 UTC". */
export const formatExact = (iso: string) => exactFormat.format(new Date(iso));

export const formatCount = (count: number) => count.toLocaleString('en-US');

/** "1 record", "1,200 records". */
export const formatRecords = (count: number) => `${formatCount(count)} ${count === 1 ? 'record' : 'records'}`;

export const formatGb = (sizeInGb: number) => `${formatCount(sizeInGb)} GB`;

const SOURCE_LABELS: Record<string, string> = {
  InstanceSnapshot: 'Instance snapshot',
  DiskSnapshot: 'Disk snapshot',
};
export const sourceLabel = (type: string | undefined) => (type ? (SOURCE_LABELS[type] ?? type) : '—');

const DESTINATION_LABELS: Record<string, string> = {
  'Aws::EC2::Image': 'EC2 image',
  'Aws::EC2::Snapshot': 'EC2 snapshot',
};
export const destinationLabel = (service: string | undefined) =>
  service ? (DESTINATION_LABELS[service] ?? service) : '—';
