import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimApp, startSimApp } from '../test-support/sim-app';

let app: SimApp;

beforeAll(async () => {
  app = await startSimApp({ sim: { seed: 2, regions: ['eu-west-2', 'us-east-1'], records: 30 } });
});

afterAll(async () => {
  await app.close();
});

describe('system routes', () => {
  it('reports ready once the regions are known', async () => {
    await app.get('/api/regions');
    const response = await app.get('/readyz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });

  it('exposes request latency, upstream calls by region and outcome, and cache hits and misses', async () => {
    await app.get('/api/records?limit=5');
    await app.get('/api/records?limit=5');
    const response = await app.get('/metrics');
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/api\/records",status="200"\} 2/,
    );
    expect(text).toMatch(
      /lightsail_upstream_calls_total\{region="eu-west-2",operation="GetExportSnapshotRecords",outcome="ok"\} \d/,
    );
    expect(text).toMatch(/page_cache_misses_total \d/);
    expect(text).toMatch(/page_cache_hits_total\{kind="cache"\} [1-9]/);
  });
});

describe('readiness before the regions are known', () => {
  it('answers 503 while GetRegions fails and turns ready once it succeeds', async () => {
    const starting = await startSimApp({
      sim: { regions: ['eu-west-2'], records: 5, faults: { '*': { accessDenied: true } } },
    });
    try {
      expect((await starting.get('/readyz')).status).toBe(503);
      expect((await starting.get('/api/regions')).status).toBe(502);
      starting.sim.clearFaults();
      expect((await starting.get('/api/regions')).status).toBe(200);
      const ready = await starting.get('/readyz');
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready' });
    } finally {
      await starting.close();
    }
  });
});
