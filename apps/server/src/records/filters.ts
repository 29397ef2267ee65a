import type {
  ExportRecord,
  RecordFilters,
  RecordState,
  RegionName,
  SourceType,
} from '@export-ledger/contract';

/** Filters in the form the merge uses: sets, and the search text trimmed and lower-cased. */
export interface NormalizedFilters {
  /** As asked; empty means every region the server reads. */
  requestedRegions: RegionName[];
  states: Set<RecordState>;
  sources: Set<SourceType>;
  q: string;
}

export function normalizeFilters(filters: RecordFilters): NormalizedFilters {
  return {
    requestedRegions: [...new Set(filters.region)],
    states: new Set(filters.state),
    sources: new Set(filters.source),
    q: (filters.q ?? '').trim().toLowerCase(),
  };
}

/** The fields `q` searches: name, ARN, source name, source resource and destination id. */
function searchable(record: ExportRecord): (string | undefined)[] {
  return [
    record.name,
    record.arn,
    record.sourceInfo?.name,
    record.sourceInfo?.fromResourceName,
    record.destinationInfo?.id,
  ];
}

export function matchesFilters(record: ExportRecord, filters: NormalizedFilters): boolean {
  if (filters.states.size > 0 && !filters.states.has(record.state)) return false;
  if (filters.sources.size > 0) {
    const type = record.sourceInfo?.resourceType;
    if (!type || !filters.sources.has(type)) return false;
  }
  if (filters.q === '') return true;
  return searchable(record).some((field) => field?.toLowerCase().includes(filters.q));
}
