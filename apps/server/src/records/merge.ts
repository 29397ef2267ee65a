import type { ExportRecord, RegionName } from '@export-ledger/contract';
import { RequestAbortedError } from '../lib/abort';
import { type PageReader, UpstreamError, type UpstreamPage } from '../lightsail/types';
import type { Positions, RecordKey, RegionPosition } from './cursor';

/** The documented order: newest `createdAt` first; same instant, `arn` ascending (code units). */
export function compareRecords(a: ExportRecord, b: ExportRecord): number {
  const byTime = Date.parse(b.createdAt) - Date.parse(a.createdAt);
  if (byTime !== 0) return byTime;
  return a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0;
}

/**
 * A record's place in its region's order, compactly: creation time in ms and the ARN's last
 * segment. Within one region (one account) ARNs share their prefix, so comparing the last segment
 * orders them as the full ARN would.
 */
export function recordKey(record: ExportRecord): RecordKey {
  return [Date.parse(record.createdAt), record.arn.slice(record.arn.lastIndexOf('/') + 1)];
}

/** True when the record comes after the key in the region's order (it has not been emitted). */
function isAfter(record: ExportRecord, key: RecordKey): boolean {
  const [time, tail] = recordKey(record);
  return time !== key[0] ? time < key[0] : tail > key[1];
}

export interface MergeOptions {
  read: PageReader;
  matches: (record: ExportRecord) => boolean;
  /** Pages that may be read (cache or upstream) by this run, beyond the first page of each region. */
  pageBudget: number;
  /** Exports: the first failing region throws. Pages: a failing region is reported, the rest go on. */
  failFast: boolean;
  signal?: AbortSignal;
}

interface Lane {
  region: RegionName;
  position: RegionPosition;
  page: UpstreamPage | null;
  /** Index of the head in `page`, found from the position's key when the page is loaded. */
  offset: number;
}

export type StopReason = 'done' | 'budget' | 'failure' | 'consumer';

/**
 * A k-way merge over regions, each read newest first in pages. A record is only emitted when the
 * head of every region still being read is known, so the output is in order across regions.
 */
export class MergeRun {
  scanned = 0;
  pagesRead = 0;
  /** Regions still to read when the run began. */
  attempted = 0;
  /** Of those, the ones whose current page could not be read at all. */
  unreadable = 0;
  stop: StopReason = 'consumer';
  readonly failures = new Map<RegionName, UpstreamError>();
  private readonly lanes: Lane[];

  constructor(
    positions: Positions,
    private readonly options: MergeOptions,
  ) {
    this.lanes = [...positions].map(([region, position]) => ({ region, position, page: null, offset: 0 }));
  }

  /** Positions after what has been consumed: the next run starts exactly there. */
  positions(): Positions {
    return new Map(this.lanes.map((lane) => [lane.region, lane.position]));
  }

  async *records(): AsyncGenerator<ExportRecord, void, undefined> {
    let active = this.lanes.filter((lane) => lane.position !== 'done');
    this.attempted = active.length;
    // Every region's current page is needed before anything can be emitted: read them all, outside the budget.
    const firstFailures = await this.load(active);
    this.unreadable = firstFailures.size;
    active = active.filter((lane) => !firstFailures.has(lane));
    let budget = this.options.pageBudget;
    for (;;) {
      active = active.filter((lane) => this.settle(lane));
      const missing = active.filter((lane) => lane.page === null);
      if (missing.length > 0) {
        if (missing.length > budget) return this.end('budget');
        budget -= missing.length;
        if ((await this.load(missing)).size > 0) return this.end('failure');
        continue;
      }
      const lane = this.newest(active);
      if (!lane) return this.end('done');
      const record = this.take(lane);
      if (this.options.matches(record)) yield record;
    }
  }

  private end(reason: StopReason): void {
    this.stop = reason;
  }

  private newest(lanes: Lane[]): Lane | undefined {
    let best: Lane | undefined;
    for (const lane of lanes) {
      if (!best || compareRecords(head(lane), head(best)) < 0) best = lane;
    }
    return best;
  }

  private take(lane: Lane): ExportRecord {
    const record = head(lane);
    if (lane.position === 'done') throw new Error('merge: took from a finished region');
    lane.position = { t: lane.position.t, k: recordKey(record) };
    lane.offset += 1;
    this.scanned += 1;
    this.settle(lane);
    return record;
  }

  /** Moves a lane past an exhausted page. Returns false once the region is read to its end. */
  private settle(lane: Lane): boolean {
    if (lane.position === 'done') return false;
    if (lane.page && lane.offset >= lane.page.records.length) {
      const next = lane.page.nextPageToken;
      lane.position = next === null ? 'done' : { t: next, k: lane.position.k };
      lane.page = null;
    }
    return lane.position !== 'done';
  }

  /** Reads the current page of each lane in parallel; returns the lanes that failed. */
  private async load(lanes: Lane[]): Promise<Set<Lane>> {
    const failed = new Set<Lane>();
    await Promise.all(
      lanes.map(async (lane) => {
        if (lane.position === 'done') return;
        try {
          const page = await this.options.read(lane.region, lane.position.t, this.options.signal);
          const key = lane.position.k;
          // Resume after the last record taken, not at a count: new exports may have shifted the page.
          lane.offset = key ? firstIndexAfter(page.records, key) : 0;
          lane.page = page;
          this.pagesRead += 1;
        } catch (error) {
          if (!(error instanceof UpstreamError)) throw error;
          this.failures.set(lane.region, error);
          failed.add(lane);
        }
      }),
    );
    if (this.options.signal?.aborted) throw new RequestAbortedError();
    const [firstFailure] = this.failures.values();
    if (this.options.failFast && firstFailure) throw firstFailure;
    return failed;
  }
}

function firstIndexAfter(records: ExportRecord[], key: RecordKey): number {
  const index = records.findIndex((record) => isAfter(record, key));
  return index === -1 ? records.length : index;
}

function head(lane: Lane): ExportRecord {
  const record = lane.position !== 'done' ? lane.page?.records[lane.offset] : undefined;
  if (!record) throw new Error('merge: a region has no known head');
  return record;
}
