import { errorBodySchema, recordsPageSchema } from '@export-ledger/contract';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type SimApp, startSimApp } from '../test-support/sim-app';

let app: SimApp;
const regions = ['eu-west-2', 'us-east-1', 'ap-south-1'];

beforeAll(async () => {
  app = await startSimApp({
    sim: { seed: 5, regions, recordsPerRegion: 40, pageSize: 10, faults: { '*': { latencyMs: 50 } } },
  });
});

afterAll(async () => {
  await app.close();
});

beforeEach(() => {
  app.sim.resetStats();
});

async function firstCursor(query: string): Promise<string> {
  const page = recordsPageSchema.parse(await (await app.get(`/api/records?${query}`)).json());
  if (!page.nextCursor) throw new Error('expected a cursor');
  return page.nextCursor;
}

describe('cursor rejection', () => {
  it('answers 400 naming cursor for a cursor used with other filters, tampered or garbage, and calls no upstream', async () => {
    const cursor = await firstCursor('limit=5&state=Succeeded');
    const [payload, signature] = cursor.split('.');
    const tampered = `${payload?.slice(0, -2)}AA.${signature}`;
    app.sim.resetStats();
    for (const query of [
      `limit=5&state=Failed&cursor=${cursor}`,
      `limit=5&cursor=${cursor}`,
      `limit=5&state=Succeeded&region=eu-west-2&cursor=${cursor}`,
      `limit=5&state=Succeeded&cursor=${tampered}`,
      'limit=5&state=Succeeded&cursor=not-a-cursor',
      `limit=5&state=Succeeded&cursor=${'A'.repeat(5000)}`,
    ]) {
      const response = await app.get(`/api/records?${query}`);
      expect(response.status).toBe(400);
      expect(errorBodySchema.parse(await response.json()).error.field).toBe('cursor');
    }
    expect(app.sim.stats().requests).toEqual([]);
  });

  it('accepts the same cursor with another limit, since the limit is not a filter', async () => {
    const cursor = await firstCursor('limit=5&state=Succeeded');
    const response = await app.get(`/api/records?limit=9&state=Succeeded&cursor=${cursor}`);
    expect(response.status).toBe(200);
  });
});

describe('coalescing', () => {
  const options = {
    sim: { seed: 6, regions, recordsPerRegion: 40, pageSize: 10, faults: { '*': { latencyMs: 100 } } },
  };
  const recordCalls = (fresh: SimApp) =>
    fresh.sim.stats().requests.filter((r) => r.operation === 'GetExportSnapshotRecords');
  /** Read-ahead goes on after the answer (100 ms upstream latency): count once the calls stop. */
  const settledCalls = async (fresh: SimApp) => {
    for (let count = -1; ; ) {
      const now = recordCalls(fresh).length;
      if (now === count) return now;
      count = now;
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
  };

  it('makes one upstream call per region page for 50 concurrent identical first-page requests', async () => {
    const single = await startSimApp(options);
    const concurrent = await startSimApp(options);
    try {
      await (await single.get('/api/records?limit=15')).json();
      const pagesOneRequestReads = await settledCalls(single);

      const responses = await Promise.all(
        Array.from({ length: 50 }, () => concurrent.get('/api/records?limit=15')),
      );
      const bodies = await Promise.all(
        responses.map(async (response) => recordsPageSchema.parse(await response.json())),
      );

      expect(responses.every((response) => response.status === 200)).toBe(true);
      expect(new Set(bodies.map((body) => JSON.stringify(body.records))).size).toBe(1);
      expect(pagesOneRequestReads).toBeGreaterThanOrEqual(regions.length);
      expect(await settledCalls(concurrent)).toBe(pagesOneRequestReads);
      const metrics = await (await concurrent.get('/metrics')).text();
      expect(metrics).toMatch(/page_cache_hits_total\{kind="coalesced"\} [1-9]/);
    } finally {
      await Promise.all([single.close(), concurrent.close()]);
    }
  });
});
