import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { queryString, wireMatches } from '../test-support/oracle';
import { pageThrough, startSimApp, truthArns } from '../test-support/sim-app';

const SERVED = ['eu-west-2', 'us-east-1', 'ap-south-1', 'sa-east-1'] as const;

describe('paging /api/records against the simulator over HTTP', () => {
  it('returns exactly the matching records, each once, newest first (ties by ARN), for any seed, page size, limit, regions and filters', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          seed: fc.integer({ min: 1, max: 1_000_000 }),
          records: fc.integer({ min: 0, max: 90 }),
          pageSize: fc.integer({ min: 1, max: 12 }),
          limit: fc.integer({ min: 1, max: 25 }),
          region: fc.subarray([...SERVED]),
          state: fc.subarray(['Started', 'Succeeded', 'Failed']),
          source: fc.subarray(['InstanceSnapshot', 'DiskSnapshot']),
          q: fc.constantFrom(undefined, 'ami-', 'SNAP', '-1', 'wordpress', 'zzz-nothing'),
          pageBudget: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
        }),
        async (input) => {
          const app = await startSimApp({
            sim: { seed: input.seed, regions: [...SERVED], records: input.records, pageSize: input.pageSize },
            ...(input.pageBudget === undefined ? {} : { pageBudget: input.pageBudget }),
          });
          try {
            const regions = input.region.length > 0 ? input.region : [...SERVED];
            const expected = truthArns(app.sim, regions, (record) => wireMatches(record, input));
            const query = queryString({
              region: input.region,
              state: input.state,
              source: input.source,
              q: input.q,
              limit: input.limit,
            });
            const { records } = await pageThrough(app, query);
            expect(records.map((record) => record.arn)).toEqual(expected);
          } finally {
            await app.close();
          }
        },
      ),
      { numRuns: 20 },
    );
  }, 60_000);
});
