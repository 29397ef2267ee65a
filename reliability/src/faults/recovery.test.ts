import { type Simulator, type SimulatorOptions, startSimulator } from '@export-ledger/lightsail-sim';
import { afterEach, describe, expect, it } from 'vitest';
import { duplicates, readPage } from '../support/paging';
import { type ServerProcess, simEnv, startServerProcess, waitUntilReady } from '../support/server-process';
import { type Stack, startStack, truthNames } from '../support/stack';

const REGIONS = ['eu-west-2', 'us-east-1', 'ap-south-1'];
const open: { close(): Promise<unknown> }[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((each) => each.close()));
});

async function stack(sim: SimulatorOptions, env: Record<string, string> = {}): Promise<Stack> {
  const started = await startStack(sim, { CACHE_TTL_MS: '0', ...env });
  open.push(started);
  return started;
}

describe('a region that recovers', () => {
  it('comes back on the next page request once its fault is cleared, and nothing is lost or doubled', async () => {
    const { url, sim } = await stack({
      seed: 41,
      regions: REGIONS,
      recordsPerRegion: 20,
      pageSize: 10,
      faults: { 'ap-south-1': { accessDenied: true } },
    });
    const first = await readPage(url, 'limit=5', null);
    if (!first.ok) throw new Error(`first page failed: ${first.status}`);
    expect(first.page.regions.find((r) => r.region === 'ap-south-1')?.error?.code).toBe('access_denied');

    sim.clearFaults('ap-south-1');
    const second = await readPage(url, 'limit=5', first.page.nextCursor);
    if (!second.ok) throw new Error(`second page failed: ${second.status}`);
    expect(second.page.regions.every((r) => r.status === 'ok')).toBe(true);

    const recovered = truthNames(sim, ['ap-south-1']);
    const viaCursor = [...first.page.records, ...second.page.records].map((r) => r.name);
    // The rest of the scroll from the second page's cursor:
    let cursor = second.page.nextCursor;
    while (cursor) {
      const next = await readPage(url, 'limit=5', cursor);
      if (!next.ok) throw new Error(`page failed: ${next.status}`);
      viaCursor.push(...next.page.records.map((r) => r.name));
      cursor = next.page.nextCursor;
    }
    expect(duplicates(viaCursor)).toEqual([]);
    expect([...viaCursor].sort()).toEqual([...truthNames(sim, REGIONS)].sort());
    expect(viaCursor).toEqual(expect.arrayContaining(recovered));
  });
});

describe('a client that disconnects', () => {
  it.each([
    ['a page of records', '/api/records?limit=50'],
    ['an export', '/api/records.ndjson'],
    ['a record lookup', '/api/records/eu-west-2/ExportSnapshotRecord-00000000-0000-0000-0000-000000000000'],
  ])('cancels its upstream calls for %s (the simulator sees them aborted)', async (_what, path) => {
    const { url, sim, server } = await stack({
      seed: 42,
      regions: REGIONS,
      recordsPerRegion: 10,
    });
    sim.setFaults('*', { latencyMs: 5000 });
    // Abort once the call has reached the simulator. On a loaded machine it may not have after the
    // first wait: then nothing may have reached it at all, and the next try waits longer.
    let aborted = 0;
    for (const waitMs of [1000, 2500, 5000]) {
      sim.resetStats();
      const controller = new AbortController();
      const request = fetch(`${url}${path}`, { signal: controller.signal }).catch((error: unknown) => error);
      await new Promise((resolve) => setTimeout(resolve, waitMs));
      controller.abort();
      await request;
      const deadline = Date.now() + 4000;
      while (sim.stats().aborted === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      const stats = sim.stats();
      expect(stats.requests.filter((r) => r.outcome === 'ok')).toEqual([]);
      aborted = stats.aborted;
      if (aborted > 0) break;
      expect(stats.requests).toEqual([]); // cancelled before any upstream call: also right
    }
    expect(aborted).toBeGreaterThan(0);
    expect(server.output()).not.toMatch(/Unhandled|uncaught|"level":50/);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});

describe('a client that leaves in the middle of a download', () => {
  it('stops the export reading Lightsail: the call in flight is aborted and no page is read after', async () => {
    const { url, sim } = await stack({ seed: 45, regions: REGIONS, records: 3000, pageSize: 25 });
    sim.setFaults('*', { latencyMs: 200 });
    sim.resetStats();
    const controller = new AbortController();
    const response = await fetch(`${url}/api/records.csv`, { signal: controller.signal });
    const reader = response.body?.getReader();
    expect((await reader?.read())?.done).toBe(false); // the download has started
    controller.abort();
    const deadline = Date.now() + 4000;
    while (sim.stats().aborted === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    const atAbort = sim.stats().requests.length;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(sim.stats().aborted).toBeGreaterThan(0);
    expect(sim.stats().requests.length).toBe(atAbort);
    expect(atAbort).toBeLessThan(3000 / 25);
  });
});

describe('the simulator stopped mid-scroll', () => {
  it('answers 502/504 quickly with the error body, then resumes from the same cursor once it is back', async () => {
    // A fixed clock: the restarted simulator must serve the very same records and page tokens.
    const options: SimulatorOptions = {
      seed: 43,
      regions: REGIONS,
      records: 90,
      pageSize: 10,
      now: () => 1_790_000_000_000,
    };
    let sim: Simulator = await startSimulator({ port: 0, ...options });
    const port = Number(new URL(sim.url).port);
    const server: ServerProcess = await startServerProcess({
      env: {
        ...simEnv(sim),
        CACHE_TTL_MS: '0',
        UPSTREAM_TIMEOUT_MS: '3000',
        UPSTREAM_CONNECT_TIMEOUT_MS: '1000',
      },
    });
    open.push({ close: () => server.stop('SIGKILL') }, { close: () => sim.close() });
    await waitUntilReady(server.url);
    const truth = truthNames(sim, REGIONS);

    const seen: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 3; i += 1) {
      const page = await readPage(server.url, 'limit=10', cursor);
      if (!page.ok) throw new Error(`page ${i} failed`);
      seen.push(...page.page.records.map((r) => r.name));
      cursor = page.page.nextCursor;
    }

    await sim.close();
    const started = Date.now();
    const failed = await readPage(server.url, 'limit=10', cursor);
    const elapsed = Date.now() - started;
    expect(failed.ok).toBe(false);
    if (failed.ok) return;
    expect([502, 504]).toContain(failed.status);
    expect(['upstream_error', 'upstream_timeout']).toContain(failed.body.error.code);
    expect(elapsed).toBeLessThan(3000 + 5000); // the configured timeout, plus generous slack

    sim = await startSimulator({ ...options, port });
    open.push({ close: () => sim.close() });
    while (cursor) {
      const page = await readPage(server.url, 'limit=10', cursor);
      if (!page.ok) throw new Error(`page after restart failed: ${page.status}`);
      seen.push(...page.page.records.map((r) => r.name));
      cursor = page.page.nextCursor;
    }
    expect(seen).toEqual(truth);
  });
});

describe('Lightsail that accepts the call and never answers', () => {
  it('answers 504 with the error body within the configured timeout, and recovers when it answers again', async () => {
    const { url, sim } = await stack(
      { seed: 44, regions: REGIONS, records: 60, pageSize: 10 },
      { UPSTREAM_TIMEOUT_MS: '1500' },
    );
    sim.setFaults('*', { hang: true });
    const started = Date.now();
    const hung = await readPage(url, 'limit=10', null);
    const elapsed = Date.now() - started;
    expect(hung.ok).toBe(false);
    if (hung.ok) return;
    expect(hung.status).toBe(504);
    expect(hung.body.error.code).toBe('upstream_timeout');
    expect(elapsed).toBeLessThan(1500 + 4000); // the configured timeout, plus generous slack

    sim.clearFaults('*');
    const back = await readPage(url, 'limit=10', null);
    expect(back.ok).toBe(true);
  });
});
