import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startSimulator } from './server';
import { asSdkRecord, readAllPages, sdkClient } from './test-support';

describe('paging, for any seed, page size and record count', () => {
  it('returns exactly the ground truth through the SDK, each record once, in order', {
    timeout: 60_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 250 }),
        async (seed, pageSize, records) => {
          const sim = await startSimulator({
            seed,
            pageSize,
            records,
            regions: ['eu-west-1', 'eu-west-2', 'eu-west-3'],
          });
          try {
            let total = 0;
            for (const region of sim.regions) {
              const { records: read, pages } = await readAllPages(sdkClient(sim, region));
              expect(read).toEqual(sim.records(region).map(asSdkRecord));
              expect(pages).toBe(Math.max(1, Math.ceil(read.length / pageSize)));
              total += read.length;
            }
            expect(total).toBe(records);
          } finally {
            await sim.close();
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
