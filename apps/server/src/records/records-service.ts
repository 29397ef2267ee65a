import type {
  ExportRecord,
  RecordFilters,
  RecordPath,
  RecordsPage,
  RecordsQuery,
  RegionInfo,
  RegionName,
  RegionStatus,
} from '@export-ledger/contract';
import { AppError } from '../lib/errors';
import { type LightsailGateway, type PageReader, UpstreamError } from '../lightsail/types';
import { createCursorCodec, filterHash, type Positions } from './cursor';
import { matchesFilters, type NormalizedFilters, normalizeFilters } from './filters';
import { MergeRun } from './merge';
import { createRecordLookup } from './record-lookup';
import { allRegionsFailed, upstreamToAppError } from './upstream-errors';

export interface RecordsServiceDeps {
  gateway: LightsailGateway;
  /** Pages through the cache. */
  readPage: PageReader;
  /** Pages through the cache without remembering new ones (exports); default readPage. */
  readPageThrough?: PageReader;
  cursorSecret: Buffer;
  /** Pages a list request may read beyond each region's first; default 2 x regions + 20. */
  pageBudget?: number;
  /**
   * Read ahead the pages a list request will need (see MergeOptions.readAhead). Only worth it when
   * readPage keeps pages (a cache with a TTL): otherwise the page would be fetched twice.
   */
  readAhead?: boolean;
  now: () => number;
  /** How long a record found by name is remembered. */
  lookupTtlMs: number;
}

/** The product's rules for records: region selection, merge, filters, cursors, lookup, export. */
export function createRecordsService(deps: RecordsServiceDeps) {
  const cursors = createCursorCodec(deps.cursorSecret);
  const lookup = createRecordLookup(deps);

  async function selectRegions(filters: NormalizedFilters, signal?: AbortSignal): Promise<RegionName[]> {
    const served = await regions(signal);
    if (filters.requestedRegions.length === 0) return served.map((region) => region.name);
    const names = new Set(served.map((region) => region.name));
    const unknown = filters.requestedRegions.find((region) => !names.has(region));
    if (unknown) {
      throw new AppError('bad_request', `region: ${unknown} is not a region this server reads`, {
        field: 'region',
      });
    }
    return filters.requestedRegions;
  }

  async function regions(signal?: AbortSignal): Promise<RegionInfo[]> {
    try {
      return await deps.gateway.regions(signal);
    } catch (error) {
      throw error instanceof UpstreamError ? upstreamToAppError(error) : error;
    }
  }

  async function listRecords(query: RecordsQuery, signal?: AbortSignal): Promise<RecordsPage> {
    const filters = normalizeFilters(query);
    const hash = filterHash(filters);
    // The cursor is checked before anything else, so a rejected request never reaches Lightsail.
    const fromCursor = query.cursor ? cursors.decode(query.cursor, hash) : undefined;
    const selected = await selectRegions(filters, signal);
    if (fromCursor) cursors.checkRegions(fromCursor, selected);
    const positions: Positions =
      fromCursor ?? new Map(selected.map((region) => [region, { t: null, k: null }]));

    const run = new MergeRun(positions, {
      read: deps.readPage,
      matches: (record) => matchesFilters(record, filters),
      pageBudget: deps.pageBudget ?? 2 * selected.length + 20,
      failFast: false,
      // This page and the next one a client following the cursor asks for: its pages are then in the
      // cache when it comes, instead of costing it one round trip per region that runs dry.
      ...(deps.readAhead ? { readAhead: 2 * query.limit } : {}),
      signal,
    });
    const records: ExportRecord[] = [];
    for await (const record of run.records()) {
      records.push(record);
      if (records.length >= query.limit) break;
    }
    const after = run.positions();
    let finished = [...after.values()].every((position) => position === 'done');
    if (run.attempted > 0 && run.unreadable === run.attempted) {
      const failures = [...run.failures.values()];
      // The readable regions are all read to their end and the rest fail for good: that is the end of
      // the history (the regions stay reported), not an error a client would retry forever.
      const someDone = [...after.values()].some((position) => position === 'done');
      if (!someDone || !failures.every(isPermanent)) throw allRegionsFailed(failures);
      finished = true;
    }
    return {
      records,
      nextCursor: finished ? null : cursors.encode(hash, after),
      regions: selected.map((region) => regionStatus(region, run.failures.get(region))),
      scanned: run.scanned,
    };
  }

  /** Every match, in order, one page per region in memory at a time. The first failure throws. */
  async function* exportRecords(filters: RecordFilters, signal?: AbortSignal): AsyncGenerator<ExportRecord> {
    const normalized = normalizeFilters(filters);
    const selected = await selectRegions(normalized, signal);
    const run = new MergeRun(new Map(selected.map((region) => [region, { t: null, k: null }])), {
      read: deps.readPageThrough ?? deps.readPage,
      matches: (record) => matchesFilters(record, normalized),
      pageBudget: Number.POSITIVE_INFINITY,
      failFast: true,
      signal,
    });
    try {
      yield* run.records();
    } catch (error) {
      throw error instanceof UpstreamError ? upstreamToAppError(error) : error;
    }
  }

  async function findRecord(path: RecordPath, signal?: AbortSignal): Promise<ExportRecord> {
    const served = await regions(signal);
    if (!served.some((region) => region.name === path.region)) {
      throw new AppError('not_found', `${path.region} is not a region this server reads`);
    }
    return lookup.find(path, signal);
  }

  return { listRecords, exportRecords, findRecord, regions };
}

/** A fault that following the cursor would not cure: access denied, or the account not set up. */
function isPermanent(error: UpstreamError): boolean {
  return error.kind === 'denied' || error.kind === 'setup';
}

function regionStatus(region: RegionName, failure: UpstreamError | undefined): RegionStatus {
  if (!failure) return { region, status: 'ok' };
  return { region, status: 'error', error: { code: failure.code, message: failure.message } };
}

export type RecordsService = ReturnType<typeof createRecordsService>;
