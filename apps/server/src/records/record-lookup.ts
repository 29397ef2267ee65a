import type { ExportRecord, RecordPath } from '@export-ledger/contract';
import { AppError } from '../lib/errors';
import { type PageReader, UpstreamError } from '../lightsail/types';
import { upstreamToAppError } from './upstream-errors';

const REMEMBERED_RECORDS = 1000;
/** A region deeper than this many pages is not searched further (a bound on one request's work). */
const MAX_LOOKUP_PAGES = 5000;

/**
 * Lightsail has no call to get one record: page the region from its newest record (cache first)
 * until the name turns up, and remember what was found for a short while.
 */
export function createRecordLookup(deps: { readPage: PageReader; now: () => number; lookupTtlMs: number }) {
  const found = new Map<string, { record: ExportRecord; expiresAt: number }>();

  function remember(key: string, record: ExportRecord): void {
    found.set(key, { record, expiresAt: deps.now() + deps.lookupTtlMs });
    if (found.size > REMEMBERED_RECORDS) {
      const oldest = found.keys().next().value;
      if (oldest !== undefined) found.delete(oldest);
    }
  }

  async function find(path: RecordPath, signal?: AbortSignal): Promise<ExportRecord> {
    const key = `${path.region}/${path.name}`;
    const known = found.get(key);
    if (known && known.expiresAt > deps.now()) return known.record;
    let token: string | null = null;
    for (let pages = 0; pages < MAX_LOOKUP_PAGES; pages += 1) {
      let page: Awaited<ReturnType<PageReader>>;
      try {
        page = await deps.readPage(path.region, token, signal);
      } catch (error) {
        throw error instanceof UpstreamError ? upstreamToAppError(error) : error;
      }
      const record = page.records.find((candidate) => candidate.name === path.name);
      if (record) {
        if (deps.lookupTtlMs > 0) remember(key, record);
        return record;
      }
      if (page.nextPageToken === null) break;
      token = page.nextPageToken;
    }
    throw new AppError('not_found', `No export snapshot record named ${path.name} in ${path.region}`);
  }

  return { find };
}
