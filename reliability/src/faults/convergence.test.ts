import type { RecordsPage } from '@export-ledger/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duplicates, followCursors } from '../support/paging';
import { type Stack, startStack, truthNames } from '../support/stack';

const HEALTHY = ['eu-west-2', 'us-east-1', 'ap-northeast-1'];
const SLOW = 'ap-south-1';
const DENIED = 'ca-central-1';
let stack: Stack;

beforeAll(async () => {
  stack = await startStack(
    {
      seed: 31,
      regions: [...HEALTHY, SLOW, DENIED],
      recordsPerRegion: 30,
      pageSize: 10,
      faults: {
        '*': { throttleRate: 0.2, errorRate: 0.05 },
        [SLOW]: { latencyMs: 2000 },
        [DENIED]: { accessDenied: true },
      },
    },
    // Each page is fetched once (then cached) through the faults; time for 2 s attempts + backoff.
    { CACHE_TTL_MS: '60000', UPSTREAM_MAX_ATTEMPTS: '4', UPSTREAM_TIMEOUT_MS: '20000', LOG_LEVEL: 'info' },
  );
});

afterAll(async () => {
  await stack?.close();
});

describe('under 20 % throttling, 5 % server errors, one region denied and one 2 s slow', () => {
  it('following cursors yields exactly the healthy regions’ records, once each, and reports the denied region in every response', async () => {
    const reports: string[] = [];
    const { names, pages, last } = await followCursors(stack.url, 'limit=11', (page: RecordsPage) => {
      const denied = page.regions.find((status) => status.region === DENIED);
      reports.push(`${denied?.status}:${denied?.error?.code}`);
    });

    const expected = truthNames(stack.sim, [...HEALTHY, SLOW]);
    expect(duplicates(names)).toEqual([]);
    expect([...names].sort()).toEqual([...expected].sort());
    expect(names.some((name) => truthNames(stack.sim, [DENIED]).includes(name))).toBe(false);
    expect(pages).toBeGreaterThan(5);
    expect(new Set(reports)).toEqual(new Set(['error:access_denied']));
    // Once only the denied region is left, the history ends: a 200 with nextCursor null that still
    // reports the region (contract: recordsPageSchema.nextCursor), never a 502.
    expect(last.ok).toBe(true);
    if (last.ok) expect(last.page.nextCursor).toBeNull();
    expect(reports).toHaveLength(pages);

    const stats = stack.sim.stats().requests;
    const outcomes = new Set(stats.map((request) => request.outcome));
    expect(outcomes).toContain('ThrottlingException');
    expect(outcomes).toContain('ServiceException');
    expect(outcomes).toContain('AccessDeniedException');
    const log = stack.server.output();
    expect(log).not.toMatch(/Unhandled|uncaught/i);
    expect(log).not.toContain('"level":50');
    expect(stack.server.child.exitCode).toBeNull();
  }, 120_000);
});
