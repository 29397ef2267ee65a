import { type RecordState, type RegionGenerator, RUNNING_WINDOW_MS } from './data/generator';
import type { PageKey } from './page-token';
import type { WireExportSnapshotRecord } from './types';

type SortKey = Pick<PageKey, 'createdAt' | 'arn'>;

/**
 * Order of records within a region: createdAt descending, then ARN ascending. Generated createdAt
 * values are unique per region, so the ARN only matters for records someone adds with a tie.
 */
export function compareRecords(a: SortKey, b: SortKey): number {
  if (a.createdAt !== b.createdAt) return b.createdAt - a.createdAt;
  return a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0;
}

export interface Page {
  records: WireExportSnapshotRecord[];
  /** Key of the last record served when more follow. */
  next?: SortKey;
}

/** A record's place: its creation time (epoch seconds) and id; the record itself once it has changed. */
interface Slot {
  createdAt: number;
  id: number;
  record?: WireExportSnapshotRecord;
}

/**
 * One region's records, kept sorted so that a page costs a binary search plus building the page.
 * Records are built on demand from their id (deterministically); only those live mode changed or
 * added are kept, so memory stays small with hundreds of thousands of records.
 */
export class RegionStore {
  readonly region: string;
  readonly generator: RegionGenerator;
  readonly #anchorMs: number;
  readonly #slots: Slot[];
  #nextId: number;

  constructor(region: string, generator: RegionGenerator, count: number, anchorMs: number) {
    this.region = region;
    this.generator = generator;
    this.#anchorMs = anchorMs;
    this.#slots = generator.timeline(count, anchorMs).map((ms, id) => ({ createdAt: ms / 1000, id }));
    this.#nextId = count;
  }

  get size(): number {
    return this.#slots.length;
  }

  /** Every record, newest first: the ground truth. Fresh objects, safe to keep or change. */
  all(): WireExportSnapshotRecord[] {
    return this.#slots.map((slot) => this.#fresh(slot));
  }

  page(after: SortKey | undefined, pageSize: number): Page {
    const start = after === undefined ? 0 : this.#firstAfter(after);
    const slots = this.#slots.slice(start, start + pageSize);
    const records = slots.map((slot) => this.#fresh(slot));
    const last = records[records.length - 1];
    if (start + pageSize >= this.#slots.length || last === undefined) return { records };
    return { records, next: { createdAt: last.createdAt, arn: last.arn } };
  }

  /** Live mode: a new export at its sorted place (normally the top). */
  add(createdAtMs: number, state: RecordState): void {
    const record = this.generator.build(this.#nextId, createdAtMs, this.#anchorMs, state);
    const slot = { createdAt: record.createdAt, id: this.#nextId++, record };
    this.#slots.splice(this.#firstAfter(record), 0, slot);
  }

  /** Live mode: the records still running, kept from now on so that changes to them stick. */
  running(): WireExportSnapshotRecord[] {
    const running: WireExportSnapshotRecord[] = [];
    const oldestRunning = (this.#anchorMs - RUNNING_WINDOW_MS) / 1000;
    // Only recent exports can still be running: generated ones inside the window, or added ones.
    for (const slot of this.#slots) {
      if (slot.createdAt < oldestRunning && slot.record === undefined) break;
      slot.record ??= this.#build(slot);
      if (slot.record.state === 'Started') running.push(slot.record);
    }
    return running;
  }

  #build(slot: Slot): WireExportSnapshotRecord {
    return this.generator.build(slot.id, slot.createdAt * 1000, this.#anchorMs);
  }

  #fresh(slot: Slot): WireExportSnapshotRecord {
    return slot.record ? structuredClone(slot.record) : this.#build(slot);
  }

  /** Index of the first record that sorts strictly after `key`. */
  #firstAfter(key: SortKey): number {
    let lo = 0;
    let hi = this.#slots.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const slot = this.#slots[mid] as Slot;
      // Only on a tie of timestamps is the record (and its ARN) needed.
      const order =
        slot.createdAt !== key.createdAt
          ? key.createdAt - slot.createdAt
          : compareRecords(slot.record ?? this.#build(slot), key);
      if (order <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
