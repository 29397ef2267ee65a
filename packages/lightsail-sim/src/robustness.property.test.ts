import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from './server';
import { rawRequest } from './test-support';
import type { Simulator } from './types';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ recordsPerRegion: 5, regions: ['eu-west-2'] });
});
afterAll(() => sim.close());

const CLIENT_ERRORS = ['SerializationException', 'InvalidInputException', 'UnknownOperationException'];

/** JSON-ish text: real JSON of any shape, or near-JSON that breaks somewhere. */
const bodies = fc.oneof(
  fc.json(),
  fc.string(),
  fc
    .record({ pageToken: fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.object()) })
    .map((o) => JSON.stringify(o)),
  fc.json().map((j) => j.slice(0, Math.max(0, j.length - 1))),
);

describe('bad input, signed correctly', () => {
  it('always gets 200 or an AWS client error, never a crash or a 500', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        bodies,
        fc.constantFrom(
          'Lightsail_20161128.GetExportSnapshotRecords',
          'Lightsail_20161128.GetRegions',
          'Lightsail_20161128.Nope',
          'x',
        ),
        fc.constantFrom('application/x-amz-json-1.1', 'application/json', 'text/plain', ''),
        async (body, target, contentType) => {
          const response = await rawRequest(sim, { region: 'eu-west-2', body, target, contentType });
          if (response.status === 200) return;
          expect(response.status).toBe(400);
          expect(CLIENT_ERRORS).toContain(response.body.__type);
          expect(typeof response.body.message).toBe('string');
        },
      ),
      { numRuns: 150 },
    );
    expect((await rawRequest(sim, { region: 'eu-west-2' })).status).toBe(200);
  });
});
