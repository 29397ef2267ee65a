import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY, SECRET_CANARIES } from '../support/canary';
import { rawRequest } from '../support/http';
import { type Stack, startStack } from '../support/stack';

const SECRET = CANARY.secretAccessKey;
const TOKEN = CANARY.sessionToken;
const CLIENT_AUTH = CANARY.clientAuthorization;
const CANARIES = SECRET_CANARIES;
let stack: Stack;

beforeAll(async () => {
  stack = await startStack(
    {
      seed: 61,
      regions: ['eu-west-2', 'us-east-1', 'ap-south-1'],
      records: 60,
      pageSize: 10,
      // The simulator verifies SigV4 with the canary secret and token, so the server's requests succeed.
      credentials: { accessKeyId: CANARY.accessKeyId, secretAccessKey: SECRET, sessionToken: TOKEN },
      faults: { 'ap-south-1': { accessDenied: true } },
    },
    { AWS_SESSION_TOKEN: TOKEN, LOG_LEVEL: 'trace', CACHE_TTL_MS: '0' },
  );
});

afterAll(async () => {
  await stack?.close();
});

describe('canary credentials', () => {
  it('never appear in any answer (headers or body) or any log line, across every route and error', async () => {
    const seen: string[] = [];
    const crawl = async (path: string, headers: Record<string, string> = {}, method = 'GET') => {
      const response = await rawRequest(stack.url, path, { method, headers });
      seen.push(
        `${method} ${path} ${response.status}\n${JSON.stringify(response.headers)}\n${response.body}`,
      );
      return response;
    };
    const withAuth = {
      authorization: `Bearer ${CLIENT_AUTH}`,
      cookie: `session=${CLIENT_AUTH}`,
      'x-amz-security-token': CLIENT_AUTH,
    };

    let cursor: string | null = null;
    do {
      const response = await crawl(
        `/api/records?limit=17${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        withAuth,
      );
      cursor =
        response.status === 200
          ? (JSON.parse(response.body) as { nextCursor: string | null }).nextCursor
          : null;
    } while (cursor);
    const name = stack.sim.records('eu-west-2')[3]?.name ?? 'x';
    for (const path of [
      '/',
      '/healthz',
      '/readyz',
      '/metrics',
      '/api/meta',
      '/api/regions',
      '/api/records?region=ap-south-1',
      '/api/records?region=eu-west-2&state=Failed&q=a',
      `/api/records/eu-west-2/${name}`,
      '/api/records/eu-west-2/ExportSnapshotRecord-missing',
      '/api/records/ap-south-1/ExportSnapshotRecord-missing',
      '/api/records.csv',
      '/api/records.ndjson',
      '/api/records.csv?region=eu-west-2',
      '/api/records.ndjson?region=eu-west-2',
      '/api/records?limit=abc',
      '/api/records?cursor=forged.cursor',
      '/api/unknown',
      '/metrics?x=1',
    ]) {
      await crawl(path, withAuth);
    }
    await crawl('/api/records', withAuth, 'POST');
    stack.sim.setFaults('*', { errorRate: 1 });
    await crawl('/api/records?region=eu-west-2', withAuth);
    await crawl('/api/records.ndjson', withAuth);
    stack.sim.clearFaults('*');
    await crawl('/metrics');
    await stack.server.stop('SIGTERM');

    const everything = `${seen.join('\n')}\n${stack.server.output()}`;
    // Logging was really on, and the client's authorization header really was logged, redacted.
    expect(stack.server.output()).toContain('"level":30');
    expect(stack.server.output()).toContain('"authorization":"[redacted]"');
    for (const canary of CANARIES) expect(everything).not.toContain(canary);
    expect(stack.sim.stats().requests.filter((r) => r.outcome === 'ok').length).toBeGreaterThan(3);
  });
});
