import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type SimApp, startSimApp } from '../test-support/sim-app';

let app: SimApp;
const regions = ['eu-west-2', 'us-east-1'];
const PAGES = (2 * 2000) / 50;

beforeAll(async () => {
  // No cache: every page of an export is an upstream call the test can count.
  app = await startSimApp({
    sim: { seed: 31, regions, recordsPerRegion: 2000, pageSize: 50 },
    cacheTtlMs: 0,
  });
});

afterAll(async () => {
  await app.close();
});

afterEach(() => {
  app.sim.clearFaults();
  app.sim.resetStats();
});

describe('an export that is interrupted', () => {
  it('ends NDJSON with an error line when a region fails part way', async () => {
    const response = await app.get('/api/records.ndjson?region=eu-west-2');
    const reader = response.body?.getReader();
    await reader?.read();
    app.sim.setFaults('eu-west-2', { accessDenied: true });
    let rest = '';
    for (;;) {
      const chunk = await reader?.read();
      if (!chunk || chunk.done) break;
      rest += new TextDecoder().decode(chunk.value);
    }
    const last = JSON.parse(rest.trimEnd().split('\n').at(-1) ?? '{}');
    expect(last).toMatchObject({
      error: { code: 'upstream_error', message: expect.stringContaining('eu-west-2') },
    });
  });

  it('aborts a CSV download when a region fails part way, so it cannot pass for complete', async () => {
    const response = await app.get('/api/records.csv?region=eu-west-2');
    const reader = response.body?.getReader();
    await reader?.read();
    app.sim.setFaults('eu-west-2', { accessDenied: true });
    const drain = async () => {
      for (;;) if ((await reader?.read())?.done ?? true) return;
    };
    await expect(drain()).rejects.toThrow();
  });

  it('stops reading upstream when the client goes away mid-export', async () => {
    app.sim.setFaults('*', { latencyMs: 20 });
    const client = new AbortController();
    const response = await app.get('/api/records.ndjson', { signal: client.signal });
    await response.body?.getReader().read();
    client.abort();
    const callsAtAbort = app.recordCalls();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(app.recordCalls()).toBeLessThanOrEqual(callsAtAbort + regions.length);
    expect(app.recordCalls()).toBeLessThan(PAGES);
  });
});
