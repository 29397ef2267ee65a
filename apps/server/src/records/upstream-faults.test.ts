import { errorBodySchema, type RecordsPage, recordsPageSchema } from '@export-ledger/contract';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pageThrough, type SimApp, startSimApp, truthArns } from '../test-support/sim-app';

let app: SimApp;
const regions = ['eu-west-2', 'us-east-1', 'ap-south-1'];
const TIMEOUT_MS = 1000;

beforeAll(async () => {
  app = await startSimApp({
    sim: { seed: 8, regions, recordsPerRegion: 30, pageSize: 7 },
    gateway: { requestTimeoutMs: TIMEOUT_MS },
    cacheTtlMs: 0,
  });
  await app.get('/api/regions'); // discover the regions before breaking any
});

afterAll(async () => {
  await app.close();
});

afterEach(() => {
  app.sim.clearFaults();
  app.sim.resetStats();
});

describe('a failing region', () => {
  it('yields a 200 with that region error and all records of the other regions, and is retried on the next page', async () => {
    app.sim.setFaults('us-east-1', { accessDenied: true });

    const first = recordsPageSchema.parse(await (await app.get('/api/records?limit=200')).json());

    expect(first.records.map((r) => r.arn)).toEqual(truthArns(app.sim, ['eu-west-2', 'ap-south-1']));
    expect(first.regions.find((r) => r.region === 'us-east-1')).toMatchObject({
      status: 'error',
      error: { code: 'access_denied', message: expect.stringContaining('us-east-1') },
    });
    expect(first.regions.filter((r) => r.status === 'ok')).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();

    app.sim.clearFaults();
    const second = recordsPageSchema.parse(
      await (await app.get(`/api/records?limit=200&cursor=${first.nextCursor}`)).json(),
    );
    expect(second.records.map((r) => r.arn)).toEqual(truthArns(app.sim, ['us-east-1']));
    expect(second.nextCursor).toBeNull();
  });

  it('ends the history with a 200 once only a denied region is left, reporting it in every response', async () => {
    app.sim.setFaults('us-east-1', { accessDenied: true });
    const pages: RecordsPage[] = [];
    let cursor: string | null = null;
    do {
      const response = await app.get(
        `/api/records?limit=11${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(response.status).toBe(200);
      const page = recordsPageSchema.parse(await response.json());
      pages.push(page);
      cursor = page.nextCursor;
      if (pages.length > 100) throw new Error('cursor never ended');
    } while (cursor !== null);

    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) {
      expect(page.regions.find((r) => r.region === 'us-east-1')).toMatchObject({
        status: 'error',
        error: { code: 'access_denied', message: expect.stringContaining('us-east-1') },
      });
      expect(
        page.regions
          .filter((r) => r.status === 'ok')
          .map((r) => r.region)
          .sort(),
      ).toEqual(['ap-south-1', 'eu-west-2']);
    }
    expect(pages.at(-1)).toMatchObject({ records: [], nextCursor: null, scanned: 0 });
    expect(pages.flatMap((page) => page.records.map((r) => r.arn))).toEqual(
      truthArns(app.sim, ['eu-west-2', 'ap-south-1']),
    );
  });

  it('still fails the tail when the region left is throttled rather than denied (503: the client retries)', async () => {
    app.sim.setFaults('us-east-1', { throttleRate: 1 });
    let cursor: string | null = null;
    let response: Response;
    let pages = 0;
    for (;;) {
      response = await app.get(
        `/api/records?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      if (response.status !== 200) break;
      cursor = recordsPageSchema.parse(await response.json()).nextCursor;
      pages += 1;
      if (cursor === null || pages > 10) throw new Error('expected the tail to fail');
    }
    expect(pages).toBe(1);
    expect(response.status).toBe(503);
    expect(errorBodySchema.parse(await response.json()).error.code).toBe('upstream_throttled');
  });

  it('answers 502 in the error body, without SDK internals, when every selected region is denied from the start', async () => {
    app.sim.setFaults('*', { accessDenied: true });
    const response = await app.get('/api/records');
    expect(response.status).toBe(502);
    const text = await response.text();
    expect(errorBodySchema.parse(JSON.parse(text)).error.code).toBe('upstream_error');
    expect(text).not.toMatch(/AccessDeniedException|\$metadata|stack|AKIA|at .*\.ts:/);
  });

  it('answers 503 with Retry-After when every region is throttled beyond the retries', async () => {
    app.sim.setFaults('*', { throttleRate: 1 });
    const response = await app.get('/api/records');
    expect(response.status).toBe(503);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(errorBodySchema.parse(await response.json()).error.code).toBe('upstream_throttled');
  });

  it('absorbs throttling below 100% with retries and still returns every record', async () => {
    app.sim.setFaults('*', { throttleRate: 0.5 });
    const { records } = await pageThrough(app, 'limit=11');
    expect(records.map((r) => r.arn)).toEqual(truthArns(app.sim, regions));
    expect(app.sim.stats().requests.some((r) => r.outcome === 'ThrottlingException')).toBe(true);
  });

  it('absorbs throttling with the production retry settings (standard mode, its own backoff)', async () => {
    const production = await startSimApp({
      sim: { seed: 8, regions, recordsPerRegion: 10, pageSize: 10, faults: { '*': { throttleRate: 0.5 } } },
      gateway: { retryDelayMs: undefined, maxAttempts: 3 },
    });
    try {
      const response = await production.get('/api/records?limit=200');
      expect(response.status).toBe(200);
      const page = recordsPageSchema.parse(await response.json());
      expect(page.records.map((r) => r.arn)).toEqual(truthArns(production.sim, regions));
      expect(page.regions.every((r) => r.status === 'ok')).toBe(true);
    } finally {
      await production.close();
    }
  }, 15_000);

  it('answers 504 within the configured timeout when the upstream hangs', async () => {
    app.sim.setFaults('eu-west-2', { hang: true });
    const started = Date.now();
    const response = await app.get('/api/records?region=eu-west-2');
    expect(response.status).toBe(504);
    expect(errorBodySchema.parse(await response.json()).error.code).toBe('upstream_timeout');
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 1500);
  });

  it('cancels its upstream calls when the client disconnects mid-request', async () => {
    app.sim.setFaults('*', { latencyMs: 3000 });
    const client = new AbortController();
    const request = app.get('/api/records', { signal: client.signal }).catch(() => undefined);
    await waitFor(() => app.sim.stats().requests.length >= regions.length);
    client.abort();
    await request;
    await waitFor(() => app.sim.stats().aborted >= regions.length);
    expect(app.sim.stats().aborted).toBeGreaterThanOrEqual(regions.length);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 2500): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
