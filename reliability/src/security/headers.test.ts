import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaderProblems } from '../support/headers';
import { rawRequest } from '../support/http';
import { type Stack, startStack } from '../support/stack';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack(
    {
      seed: 51,
      regions: ['eu-west-2', 'us-east-1'],
      records: 30,
      faults: { 'us-east-1': { accessDenied: true } },
    },
    { RATE_LIMIT_PER_MINUTE: '1000000' },
  );
});

afterAll(async () => {
  await stack?.close();
});

describe('security headers on every answer of the API', () => {
  it('are on every route, error, 404 and method, streamed or not', async () => {
    const { records } = (await (await fetch(`${stack.url}/api/records?region=eu-west-2&limit=1`)).json()) as {
      records: { name: string }[];
    };
    const cases: [string, string][] = [
      ['GET', '/api/records?limit=3'],
      ['GET', '/api/records?region=us-east-1'], // every region needed denied: 502
      ['GET', `/api/records/eu-west-2/${records[0]?.name}`],
      ['GET', '/api/records/eu-west-2/ExportSnapshotRecord-missing'],
      ['GET', '/api/records.csv?region=eu-west-2'],
      ['GET', '/api/records.ndjson?region=eu-west-2'],
      ['GET', '/api/regions'],
      ['GET', '/api/meta'],
      ['GET', '/healthz'],
      ['GET', '/readyz'],
      ['GET', '/metrics'],
      ['GET', '/api/records?limit=0'],
      ['GET', '/api/nope'],
      ['GET', '/nope'],
      ['HEAD', '/api/records'],
      ['POST', '/api/records'],
      ['OPTIONS', '/api/records'],
      ['GET', `/api/records?q=${'a'.repeat(100_000)}`], // refused by the HTTP parser itself
    ];
    const problems: string[] = [];
    for (const [method, path] of cases) {
      const response = await rawRequest(stack.url, path, { method });
      for (const problem of securityHeaderProblems(response.headers)) {
        problems.push(`${method} ${path.slice(0, 60)} (${response.status}): ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
