import { REGION_NAMES } from '@export-ledger/contract';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isErrorBody, isJsonContentType, rawRequest } from '../support/http';
import { strayLines } from '../support/logs';
import { type Stack, startDecoy, startStack } from '../support/stack';
import { headers, method, path, queryString } from './arbitraries';

const REGIONS = ['eu-west-2', 'us-east-1', 'ap-south-1'];
const RECORD_NAME = /^[A-Za-z0-9._-]{1,255}$/;
let stack: Stack;
let decoy: Awaited<ReturnType<typeof startDecoy>>;
let cursors: string[] = [];

beforeAll(async () => {
  decoy = await startDecoy();
  stack = await startStack(
    { seed: 21, regions: REGIONS, records: 90, pageSize: 10 },
    { CACHE_TTL_MS: '3600000', LOG_LEVEL: 'error' },
  );
  const first = (await (await fetch(`${stack.url}/api/records?limit=5`)).json()) as { nextCursor: string };
  const filtered = (await (await fetch(`${stack.url}/api/records?limit=3&region=eu-west-2`)).json()) as {
    nextCursor: string;
  };
  cursors = [first.nextCursor, filtered.nextCursor];
  // A list request reads ahead after answering, and those calls would land on a later, rejected
  // request's count: read every page into the cache (1 h) first, then let the last calls land.
  let next: string | null = '';
  while (next !== null) {
    const query: string = next ? `&cursor=${encodeURIComponent(next)}` : '';
    const page = (await (await fetch(`${stack.url}/api/records?limit=200${query}`)).json()) as {
      nextCursor: string | null;
    };
    next = page.nextCursor;
  }
  for (let count = -1; count !== stack.upstreamRequests(); ) {
    count = stack.upstreamRequests();
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
});

afterAll(async () => {
  await stack?.close();
  await decoy?.close();
});

/** A lookup that passes validation may page its region to find the name; nothing else may call out. */
function mayCallUpstream(target: string, status: number): boolean {
  if (status === 200) return true;
  const match = /^\/api\/records\/([^/?]*)\/([^/?]*)$/.exec(target.split('?')[0] ?? '');
  if (!match || status !== 404) return false;
  const [region, name] = [safeDecode(match[1] ?? ''), safeDecode(match[2] ?? '')];
  return (REGION_NAMES as readonly string[]).includes(region) && RECORD_NAME.test(name);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

describe('hostile input, property-based', () => {
  it('answers 10,000 random queries, paths, methods and headers with 200 or a JSON 400/404, never calling upstream for a rejected one', async () => {
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(path, queryString(cursors), method, headers, async (target, query, verb, sent) => {
        const url = query ? `${target}?${query}` : target;
        const before = stack.upstreamRequests();
        const response = await rawRequest(stack.url, url, { method: verb, headers: sent });
        const after = stack.upstreamRequests();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const readOnly = verb === 'GET' || verb === 'HEAD';
        const allowed = readOnly ? [200, 400, 404].includes(response.status) : response.status === 404;
        const notModified = response.status === 304 && 'if-none-match' in sent;
        const problem = !(allowed || notModified)
          ? `status ${response.status}`
          : !isJsonContentType(response.headers) &&
              !(response.status === 200 && /\.(csv|ndjson)$/.test(target))
            ? 'not JSON'
            : response.status >= 400 && !isJsonContentType(response.headers)
              ? 'not JSON'
              : response.status >= 400 && verb !== 'HEAD' && !isErrorBody(response.body)
                ? `body ${response.body.slice(0, 200)}`
                : after !== before && !mayCallUpstream(target, response.status)
                  ? `${after - before} upstream call(s) for a ${response.status}`
                  : undefined;
        if (problem) failures.push(`${verb} ${url.slice(0, 300)} ${JSON.stringify(sent)}: ${problem}`);
        return problem === undefined;
      }),
      { numRuns: 10_000, endOnFailure: true },
    );
    expect(failures).toEqual([]);
    // The generator reaches every outcome, not only the easy rejections.
    for (const status of [200, 400, 404]) expect(statuses.get(status) ?? 0).toBeGreaterThan(200);
    expect(stack.server.child.exitCode).toBeNull();
    expect(decoy.connections()).toBe(0);
    // Hostile paths must not grow the metrics without bound (labels are routes, never raw paths).
    const metrics = await (await fetch(`${stack.url}/metrics`)).text();
    const series = metrics
      .split('\n')
      .filter((line) => line.startsWith('http_request_duration_seconds_count'));
    expect(series.length).toBeLessThan(100);
    const operations = new Set(stack.sim.stats().requests.map((request) => request.operation));
    expect([...operations].sort()).toEqual(
      ['GetExportSnapshotRecords', 'GetRegions'].filter((op) => operations.has(op)),
    );
    expect(stack.server.output()).not.toMatch(/"level":50|Unhandled|uncaught/i);
    expect(strayLines(stack.server.output())).toEqual([]);
  }, 240_000);
});
