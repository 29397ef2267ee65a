import { filtersToSearch, type RecordFilters, withSearch } from '../../../lib/record-filters';

export const EXPORT_FORMATS = [
  { format: 'csv', label: 'CSV' },
  { format: 'ndjson', label: 'NDJSON (one JSON record per line)' },
] as const;

/** The server streams every match of the filters; the browser downloads it as a file. */
export const exportUrl = (format: 'csv' | 'ndjson', filters: RecordFilters) =>
  withSearch(`/api/records.${format}`, filtersToSearch(filters));
