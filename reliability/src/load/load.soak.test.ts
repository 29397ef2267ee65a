import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rssBytes, settle } from '../support/memory';
import { type Stack, startStack } from '../support/stack';
import type { CannonConfig, CannonReport } from './cannon';

const REGIONS = ['eu-west-2', 'us-east-1', 'ap-south-1', 'eu-central-1'];
const DENIED = 'ca-central-1';
const MB = 1024 * 1024;
let stack: Stack;

beforeAll(async () => {
  stack = await startStack(
    {
      seed: 91,
      regions: [...REGIONS, DENIED],
      records: 400,
      pageSize: 25,
      faults: {
        '*': { throttleRate: 0.1, errorRate: 0.05 },
        'ap-south-1': { latencyMs: 100 },
        [DENIED]: { accessDenied: true },
      },
    },
    // A short cache keeps real upstream traffic (and its faults) going all through the run.
    { CACHE_TTL_MS: '2000', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '1000000' },
    { nodeArgs: ['--expose-gc'], gcOnSignal: true },
  );
});

afterAll(async () => {
  await stack?.close();
});

function paths(): [string, number][] {
  const names = REGIONS.flatMap((region) =>
    stack.sim
      .records(region)
      .slice(0, 30)
      .map((r) => [region, r.name]),
  );
  return [
    ['/api/records', 20],
    ['/api/records?limit=200', 5],
    ['/api/records?state=Failed&limit=20', 8],
    ['/api/records?q=wordpress&region=eu-west-2&region=ap-south-1', 8],
    ['/api/records?source=DiskSnapshot&limit=7', 6],
    ['/api/records?limit=0', 2],
    [`/api/records?region=${DENIED}`, 2], // 502: the only region asked for is denied
    [`/api/records/${DENIED}/ExportSnapshotRecord-x`, 1],
    [`/api/records.ndjson?region=${DENIED}`, 1],
    ['/api/records?region=us-east-1.evil.example', 2],
    ['/api/regions', 3],
    ['/api/meta', 2],
    ...names.map(([region, name]): [string, number] => [`/api/records/${region}/${name}`, 25 / names.length]),
    ['/api/records/eu-west-2/ExportSnapshotRecord-missing', 3],
    ['/api/records.ndjson?region=eu-west-2', 3],
    ['/api/records.csv?state=Failed', 3],
    ['/api/nope', 1],
  ];
}

async function warmUp(): Promise<void> {
  for (const [path] of paths()) await (await fetch(`${stack.url}${path}`)).arrayBuffer();
}

describe('load: 100 connections for 20 s from a second process, faults on', () => {
  it('never answers 500, every error has the documented body, the server stays up and gives its memory back', async () => {
    await warmUp();
    await settle(stack.server.pid);
    const before = rssBytes(stack.server.pid);

    const config: CannonConfig = { url: stack.url, connections: 100, durationSeconds: 20, paths: paths() };
    const cannon = fileURLToPath(new URL('./cannon.ts', import.meta.url));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', cannon, JSON.stringify(config)],
      {
        cwd: fileURLToPath(new URL('../..', import.meta.url)),
        maxBuffer: 16 * MB,
      },
    );
    const report = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as CannonReport;
    const peak = rssBytes(stack.server.pid);

    await settle(stack.server.pid, 4000);
    const after = rssBytes(stack.server.pid);
    const summary = {
      total: report.total,
      rps: report.requestsPerSecond,
      statuses: report.statuses,
      errors: report.errors,
      timeouts: report.timeouts,
      rssMB: { before: before / MB, peak: peak / MB, after: after / MB },
    };
    process.stdout.write(`load summary: ${JSON.stringify(summary)}\n`);

    expect(report.total).toBeGreaterThan(1000);
    expect(report.statuses['500'] ?? 0).toBe(0);
    expect(report.malformedErrors).toEqual([]);
    expect(
      Object.keys(report.statuses).every((status) =>
        ['200', '400', '404', '502', '503', '504'].includes(status),
      ),
    ).toBe(true);
    expect(stack.server.child.exitCode).toBeNull();
    expect((await fetch(`${stack.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${stack.url}/api/records?limit=3`)).status).toBe(200);
    // 502s are logged at error level by design; a 500 or a crash is not.
    expect(stack.server.output()).not.toMatch(
      /Unhandled|uncaught|"statusCode":500|"code":"internal"|"level":60/,
    );
    expect(after - before).toBeLessThan(50 * MB);
    // The faults were really on.
    const outcomes = new Set(stack.sim.stats().requests.map((request) => request.outcome));
    expect(outcomes).toContain('ThrottlingException');
    expect(report.statuses['502'] ?? 0).toBeGreaterThan(0); // upstream errors were answered, in shape
  });
});
