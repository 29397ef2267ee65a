import { startSimulator } from '@export-ledger/lightsail-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPage } from '../lib/api';
import { SIM_CREDENTIALS } from '../lib/config';
import { type RunningServer, startBff } from '../lib/processes';
import { callsPerDistinctPage, startUpstreamCounter, type UpstreamCounter } from '../lib/upstream-counter';

const REGIONS = ['eu-west-2', 'us-east-1', 'ap-southeast-2'];
let sim: Awaited<ReturnType<typeof startSimulator>>;
let counter: UpstreamCounter;
let bff: RunningServer;

beforeAll(async () => {
  // Latency keeps the first upstream calls in flight while the other requests arrive.
  sim = await startSimulator({
    port: 0,
    seed: 3,
    regions: REGIONS,
    recordsPerRegion: 200,
    pageSize: 25,
    credentials: SIM_CREDENTIALS,
    faults: { '*': { latencyMs: 50 } },
  });
  counter = await startUpstreamCounter(sim.url);
  bff = await startBff({
    simUrl: counter.url,
    credentials: sim.credentials,
    regions: REGIONS,
    logLevel: 'warn',
  });
});

afterAll(async () => {
  await bff?.stop();
  await counter?.close();
  await sim?.close();
});

describe('upstream economy budget', () => {
  it('makes exactly one upstream call per distinct page when 50 identical requests arrive at once', async () => {
    counter.reset();

    const pages = await Promise.all(Array.from({ length: 50 }, () => getPage(bff.url, { limit: '50' })));

    expect(pages.every((page) => page.records.length === 50)).toBe(true);
    const result = callsPerDistinctPage(counter.calls());
    expect(result.pages).toBeGreaterThanOrEqual(REGIONS.length);
    expect(result.calls).toBe(result.pages);
  });

  it('fetches no page twice while the same list is read again within the cache TTL', async () => {
    counter.reset();
    const read = async () => {
      let cursor: string | undefined;
      do {
        const page = await getPage(bff.url, { limit: '40', cursor });
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
    };

    await read();
    await read();

    const result = callsPerDistinctPage(counter.calls());
    expect(result.calls).toBe(result.pages);
  });
});
