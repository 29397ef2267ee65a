import { randomBytes } from 'node:crypto';
import { type ExportRecord, REGION_NAMES, type RecordsQuery, type RegionName } from '@export-ledger/contract';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../lib/errors';
import { upstreamError } from '../lightsail/error-map';
import { fakeRecord, memoryGateway } from '../test-support/memory-gateway';
import { matchesFilters, normalizeFilters } from './filters';
import { compareRecords } from './merge';
import { createRecordsService } from './records-service';

function service(data: Partial<Record<RegionName, ExportRecord[]>>, pageSize: number, pageBudget?: number) {
  const memory = memoryGateway(data, pageSize);
  const records = createRecordsService({
    gateway: memory.gateway,
    readPage: memory.gateway.getPage,
    cursorSecret: randomBytes(32),
    ...(pageBudget === undefined ? {} : { pageBudget }),
    now: () => 0,
    lookupTtlMs: 0,
  });
  return { ...memory, records };
}

async function followAll(
  records: ReturnType<typeof service>['records'],
  query: Omit<RecordsQuery, 'cursor'>,
) {
  const seen: ExportRecord[] = [];
  let cursor: string | undefined;
  for (let requests = 0; requests < 10_000; requests += 1) {
    const page = await records.listRecords({ ...query, ...(cursor ? { cursor } : {}) });
    seen.push(...page.records);
    if (page.nextCursor === null) return seen;
    cursor = page.nextCursor;
  }
  throw new Error('cursor never ended');
}

/** Region data newest first, with many equal timestamps to exercise the ARN tie-break. */
const regionData = fc.array(
  fc.record({
    t: fc.integer({ min: 0, max: 30 }),
    state: fc.constantFrom('Started', 'Succeeded', 'Failed' as const),
    source: fc.constantFrom('InstanceSnapshot', 'DiskSnapshot' as const),
  }),
  { maxLength: 40 },
);

describe('records service merge', () => {
  it('returns every matching record exactly once, in order, for any limit, page size, budget and filter', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.constantFrom(...REGION_NAMES.slice(0, 5)), { minLength: 1, maxLength: 5 }),
        fc.array(regionData, { minLength: 5, maxLength: 5 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 12 }),
        fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
        fc.subarray(['Started', 'Succeeded', 'Failed'] as const),
        fc.constantFrom(undefined, '1', 'ami', 'zzz'),
        async (regions, specs, pageSize, limit, budget, state, q) => {
          const data = Object.fromEntries(
            regions.map((region, index) => [
              region,
              (specs[index] ?? [])
                .map((spec) =>
                  fakeRecord(region, 1_700_000_000 + spec.t, {
                    state: spec.state,
                    sourceInfo: { resourceType: spec.source },
                  }),
                )
                .sort(compareRecords),
            ]),
          );
          const { records } = service(data, pageSize, budget);
          const query = { region: regions, state, source: [], q, limit };
          const filters = normalizeFilters(query);
          const expected = Object.values(data)
            .flat()
            .filter((record) => matchesFilters(record, filters))
            .sort(compareRecords);
          expect((await followAll(records, query)).map((r) => r.arn)).toEqual(expected.map((r) => r.arn));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reports a failing region, goes on with the others and keeps its place for the next request', async () => {
    const euRecords = [fakeRecord('eu-west-2', 20), fakeRecord('eu-west-2', 10)];
    const usRecords = [fakeRecord('us-east-1', 15)];
    const { records, failing } = service({ 'eu-west-2': euRecords, 'us-east-1': usRecords }, 10);
    failing.set('us-east-1', upstreamError('denied', 'us-east-1'));

    const first = await records.listRecords({ region: [], state: [], source: [], limit: 50 });

    expect(first.records.map((r) => r.arn)).toEqual(euRecords.map((r) => r.arn));
    expect(first.regions).toEqual([
      { region: 'eu-west-2', status: 'ok' },
      { region: 'us-east-1', status: 'error', error: { code: 'access_denied', message: expect.any(String) } },
    ]);
    expect(first.nextCursor).not.toBeNull();
    failing.clear();
    const second = await records.listRecords({
      region: [],
      state: [],
      source: [],
      limit: 50,
      cursor: first.nextCursor ?? '',
    });
    expect(second.records.map((r) => r.arn)).toEqual(usRecords.map((r) => r.arn));
    expect(second.nextCursor).toBeNull();
  });

  it('fails the request with 503 and Retry-After when every region it had to read is throttled', async () => {
    const { records, failing } = service({ 'eu-west-2': [fakeRecord('eu-west-2', 1)] }, 10);
    failing.set('eu-west-2', upstreamError('throttled', 'eu-west-2'));
    const error = await records.listRecords({ region: [], state: [], source: [], limit: 5 }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ status: 503, options: { retryAfterSeconds: expect.any(Number) } });
  });

  it('answers an empty page with a cursor when the page budget runs out on a sparse filter', async () => {
    const many = Array.from({ length: 30 }, (_, i) => fakeRecord('eu-west-2', 100 - i));
    const { records } = service({ 'eu-west-2': many }, 2, 1);
    const page = await records.listRecords({ region: [], state: ['Failed'], source: [], limit: 5 });
    expect(page).toMatchObject({ records: [], scanned: 4 });
    expect(page.nextCursor).not.toBeNull();
  });

  it('finds a record by name deep in a region and answers 404 for an unknown one', async () => {
    const many = Array.from({ length: 50 }, (_, i) => fakeRecord('eu-west-2', 100 - i));
    const { records } = service({ 'eu-west-2': many }, 3);
    const target = many[47] as ExportRecord;
    expect(await records.findRecord({ region: 'eu-west-2', name: target.name })).toEqual(target);
    await expect(
      records.findRecord({ region: 'eu-west-2', name: 'ExportSnapshotRecord-nope' }),
    ).rejects.toMatchObject({
      status: 404,
    });
  });
});
