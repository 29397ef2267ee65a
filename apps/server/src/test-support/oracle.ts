import type { WireExportSnapshotRecord } from '@export-ledger/lightsail-sim';

/**
 * The filters written again, independently of the server's code, over the simulator's wire records:
 * the test's oracle for which records a query must return.
 */
export function wireMatches(
  record: WireExportSnapshotRecord,
  filters: { state?: string[]; source?: string[]; q?: string },
): boolean {
  if (filters.state?.length && !filters.state.includes(record.state)) return false;
  if (filters.source?.length && !filters.source.includes(record.sourceInfo.resourceType)) return false;
  const q = filters.q?.trim().toLowerCase() ?? '';
  if (!q) return true;
  return [
    record.name,
    record.arn,
    record.sourceInfo.name,
    record.sourceInfo.fromResourceName,
    record.destinationInfo?.id,
  ].some((field) => field?.toLowerCase().includes(q));
}

/** Builds `region=a&region=b&state=…` from lists. */
export function queryString(params: Record<string, string | number | string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
  }
  return search.toString();
}
