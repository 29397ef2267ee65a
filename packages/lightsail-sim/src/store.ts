import type { RegionGenerator } from './data/generator';
import type { PageKey } from './page-token';
import type { WireExportSnapshotRecord } from './types';

/**
 * Order of records within a region: createdAt descending, then ARN ascending. Generated createdAt
 * values are unique per region, so the ARN only matters for records a test or live mode adds.
 */
export function compareRecords(a: Pick<PageKey, 'createdAt' | 'arn'>, b: Pick<PageKey, 'createdAt' | 'arn'>) {
  if (a.createdAt !== b.createdAt) return b.createdAt - a.createdAt;
  return a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0;
}

export interface Page {
  records: WireExportSnapshotRecord[];
  /** Key of the last record served when more follow. */
  next?: Omit<PageKey, 'region'>;
}

/** One region's records, kept sorted so that a page costs a binary search plus a slice. */
export class RegionStore {
  readonly region: string;
  readonly generator: RegionGenerator;
  readonly #records: WireExportSnapshotRecord[];

  constructor(region: string, generator: RegionGenerator, records: WireExportSnapshotRecord[]) {
    this.region = region;
    this.generator = generator;
    this.#records = records;
  }

  get size(): number {
    return this.#records.length;
  }

  /** Newest first. The array is live: callers must not mutate it. */
  get all(): readonly WireExportSnapshotRecord[] {
    return this.#records;
  }

  page(after: Omit<PageKey, 'region'> | undefined, pageSize: number): Page {
    const start = after === undefined ? 0 : this.#firstAfter(after);
    const records = this.#records.slice(start, start + pageSize);
    const last = records[records.length - 1];
    if (start + pageSize >= this.#records.length || last === undefined) return { records };
    return { records, next: { createdAt: last.createdAt, arn: last.arn } };
  }

  /** Live mode: a new export at its sorted place (normally the top). */
  insert(record: WireExportSnapshotRecord): void {
    const at = this.#firstAfter(record);
    this.#records.splice(at, 0, record);
  }

  /** Index of the first record that sorts strictly after `key`. */
  #firstAfter(key: Omit<PageKey, 'region'>): number {
    let lo = 0;
    let hi = this.#records.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const record = this.#records[mid] as WireExportSnapshotRecord;
      if (compareRecords(record, key) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
