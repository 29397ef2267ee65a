import type { ExportRecord, RegionName } from '@export-ledger/contract';
import { RequestAbortedError } from '../lib/abort';
import { type PageReader, UpstreamError, type UpstreamPage } from '../lightsail/types';
import type { Positions, RegionPosition } from './cursor';
import { arnTail, countThrough, firstIndexAfter, pageTimes } from './page-keys';

export interface MergeOptions {
  read: PageReader;
  matches: (record: ExportRecord) => boolean;
  /** Pages that may be read (cache or upstream) by this run, beyond the first page of each region. */
  pageBudget: number;
  /** Exports: the first failing region throws. Pages: a failing region is reported, the rest go on. */
  failFast: boolean;
  /**
   * Records to look ahead for. A lane whose page would run dry before that many are taken has its
   * next page read at once, in the background (through the page cache, counted in the budget),
   * instead of when it runs dry: pages of different regions run dry one after another, so without
   * it one request waits for several round trips in a row. Absent: no read-ahead (exports, or no
   * cache to keep the page for the next request).
   */
  readAhead?: number;
  signal?: AbortSignal;
}

interface Lane {
  region: RegionName;
  position: RegionPosition;
  page: UpstreamPage | null;
  /** Index of the head in `page`, found from the position's key when the page is loaded. */
  offset: number;
  /** `createdAt` of each record of `page`, in epoch ms. */
  times: Float64Array;
  /** The page token read ahead for this lane, already paid for in the budget. */
  ahead: string | null;
}

const NO_TIMES = new Float64Array(0);

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
  private budget: number;
  private yielded = 0;

  constructor(
    positions: Positions,
    private readonly options: MergeOptions,
  ) {
    this.lanes = [...positions].map(([region, position]) => ({
      region,
      position,
      page: null,
      offset: 0,
      times: NO_TIMES,
      ahead: null,
    }));
    this.budget = options.pageBudget;
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
    for (;;) {
      active = active.filter((lane) => this.settle(lane));
      const missing = active.filter((lane) => lane.page === null);
      if (missing.length > 0) {
        const cost = missing.filter((lane) => !this.wasReadAhead(lane)).length;
        if (cost > this.budget) return this.end('budget');
        this.budget -= cost;
        if ((await this.load(missing)).size > 0) return this.end('failure');
        continue;
      }
      const lane = this.newest(active);
      if (!lane) return this.end('done');
      const record = this.take(lane);
      if (this.options.matches(record)) {
        this.yielded += 1;
        yield record;
      }
    }
  }

  private end(reason: StopReason): void {
    this.stop = reason;
  }

  /** The lane whose head comes first in the documented order (compareRecords), on precomputed times. */
  private newest(lanes: Lane[]): Lane | undefined {
    let best: Lane | undefined;
    let bestTime = 0;
    let bestArn = '';
    for (const lane of lanes) {
      const time = lane.times[lane.offset] as number;
      const arn = head(lane).arn;
      if (!best || time > bestTime || (time === bestTime && arn < bestArn)) {
        best = lane;
        bestTime = time;
        bestArn = arn;
      }
    }
    return best;
  }

  private take(lane: Lane): ExportRecord {
    const record = head(lane);
    if (lane.position === 'done') throw new Error('merge: took from a finished region');
    lane.position = { t: lane.position.t, k: [lane.times[lane.offset] as number, arnTail(record.arn)] };
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
      lane.times = NO_TIMES;
    }
    return lane.position !== 'done';
  }

  private wasReadAhead(lane: Lane): boolean {
    return lane.position !== 'done' && lane.position.t !== null && lane.position.t === lane.ahead;
  }

  /**
   * Starts reading the next page of each lane that will run dry in this request: fewer records than
   * are still wanted come up to its page's last one, over every page in hand (matching or not, so a
   * filter can only make a needed page be missed, never an unneeded one read). No request signal:
   * the page lands in the cache for the next request even if this one ends first.
   */
  private readAhead(lanes: Lane[]): void {
    if (this.options.readAhead === undefined) return;
    const wanted = this.options.readAhead - this.yielded;
    const loaded = this.lanes.filter((lane) => lane.page !== null && lane.position !== 'done');
    for (const lane of lanes) {
      const page = lane.page;
      const next = page?.nextPageToken;
      if (wanted <= 0 || !page || !next || next === lane.ahead || this.budget < 1) continue;
      const last = page.records.length - 1;
      if (last < lane.offset) continue;
      const time = lane.times[last] as number;
      const arn = (page.records[last] as ExportRecord).arn;
      let ahead = 0;
      for (const other of loaded) ahead += countThrough(other.page as UpstreamPage, other.offset, time, arn);
      if (ahead >= wanted) continue;
      this.budget -= 1;
      lane.ahead = next;
      // Its failure is not this request's: the lane reads the page again when it gets there.
      this.options.read(lane.region, next).catch(() => undefined);
    }
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
          lane.offset = key ? firstIndexAfter(page, key) : 0;
          lane.page = page;
          lane.times = pageTimes(page);
          this.pagesRead += 1;
        } catch (error) {
          if (!(error instanceof UpstreamError)) throw error;
          this.failures.set(lane.region, error);
          failed.add(lane);
        }
      }),
    );
    if (this.options.signal?.aborted) throw new RequestAbortedError();
    this.readAhead(lanes);
    const [firstFailure] = this.failures.values();
    if (this.options.failFast && firstFailure) throw firstFailure;
    return failed;
  }
}

function head(lane: Lane): ExportRecord {
  const record = lane.position !== 'done' ? lane.page?.records[lane.offset] : undefined;
  if (!record) throw new Error('merge: a region has no known head');
  return record;
}
