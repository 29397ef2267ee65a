import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strayLines } from '../support/logs';
import { rssBytes, settle } from '../support/memory';
import { type Stack, startStack } from '../support/stack';

const MB = 1024 * 1024;
const PATHS = [
  '/api/records?limit=100',
  '/api/records?state=Failed&limit=20',
  '/api/records.ndjson',
  '/api/records.csv?region=eu-west-2',
  '/api/records/us-east-1/ExportSnapshotRecord-missing',
];
let stack: Stack;

beforeAll(async () => {
  stack = await startStack(
    { seed: 141, regions: ['eu-west-2', 'us-east-1', 'ap-south-1'], records: 900, pageSize: 25 },
    { CACHE_TTL_MS: '500', LOG_LEVEL: 'warn' },
    { nodeArgs: ['--expose-gc'], gcOnSignal: true },
  );
  stack.sim.setFaults('*', { latencyMs: 40, throttleRate: 0.1 });
});

afterAll(async () => {
  await stack?.close();
});

/** One request abandoned after `ms`: the client closes the connection mid-answer or before it. */
async function abandon(path: string, ms: number): Promise<void> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    const response = await fetch(`${stack.url}${path}`, { signal: controller.signal });
    await response.arrayBuffer();
  } catch {
    // aborted: that is the point
  } finally {
    clearTimeout(timer);
  }
}

describe('clients that keep leaving mid-request', () => {
  it('leave nothing behind: upstream calls are cancelled, memory comes back, the server stays healthy', async () => {
    for (const path of PATHS) await abandon(path, 10_000); // warm up every route once
    await settle(stack.server.pid);
    const before = rssBytes(stack.server.pid);

    let next = 0;
    const worker = async () => {
      while (next < 2000) {
        const index = next++;
        await abandon(PATHS[index % PATHS.length] ?? '/', 5 + (index % 120));
      }
    };
    await Promise.all(Array.from({ length: 50 }, worker));

    await settle(stack.server.pid, 4000);
    const after = rssBytes(stack.server.pid);
    process.stdout.write(
      `disconnects: rss before ${before / MB} MB, after ${after / MB} MB, sim aborted ${stack.sim.stats().aborted}\n`,
    );
    expect(stack.sim.stats().aborted).toBeGreaterThan(0);
    expect(after - before).toBeLessThan(50 * MB);
    expect((await fetch(`${stack.url}/api/records?limit=5`)).status).toBe(200);
    expect(stack.server.child.exitCode).toBeNull();
    expect(strayLines(stack.server.output())).toEqual([]);
    expect(stack.server.output()).not.toMatch(/"statusCode":500|"level":60/);
  });
});
