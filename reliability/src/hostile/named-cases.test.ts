import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isErrorBody, isJsonContentType, type RawResponse, rawRequest } from '../support/http';
import { type Stack, startDecoy, startStack } from '../support/stack';

const REGIONS = ['eu-west-2', 'us-east-1'];
let stack: Stack;
let decoy: Awaited<ReturnType<typeof startDecoy>>;

beforeAll(async () => {
  decoy = await startDecoy();
  stack = await startStack(
    { seed: 22, regions: REGIONS, records: 60, pageSize: 10 },
    { CACHE_TTL_MS: '3600000', LOG_LEVEL: 'error' },
  );
});

afterAll(async () => {
  await stack?.close();
  await decoy?.close();
});

/** Sends a request and checks it was refused with the JSON error body without any upstream call. */
async function expectRefused(
  path: string,
  status: 400 | 404 | (400 | 404)[],
  field?: string,
  init: { method?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  const before = stack.upstreamRequests();
  const response = await rawRequest(stack.url, path, init);
  expect(
    Array.isArray(status) ? status : [status],
    `${init.method ?? 'GET'} ${path.slice(0, 120)}`,
  ).toContain(response.status);
  expect(isJsonContentType(response.headers)).toBe(true);
  if (init.method !== 'HEAD') {
    expect(isErrorBody(response.body), response.body).toBe(true);
    if (field && response.status === 400) expect(JSON.parse(response.body).error.field).toBe(field);
  }
  expect(stack.upstreamRequests(), `upstream calls for ${path.slice(0, 120)}`).toBe(before);
  return response;
}

async function json<T>(path: string): Promise<T> {
  const response = await fetch(`${stack.url}${path}`);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

describe('named hostile cases', () => {
  const hostRegions = [
    'us-east-1.evil.example',
    'evil.example',
    '../',
    '..%2f..%2f',
    '%00',
    'us-east-1%00',
    'US-EAST-1',
    'Us-East-1',
    encodeURIComponent('uѕ-east-1'), // Cyrillic s
    encodeURIComponent('us‐east‑1'), // unicode hyphens
    encodeURIComponent('ｕｓ-ｅａｓｔ-１'), // full-width
    '127.0.0.1',
    'us-east-1@evil.example',
  ];

  it.each(hostRegions)('refuses region=%s as a query parameter and as a path segment', async (region) => {
    await expectRefused(`/api/records?region=${region}`, 400, 'region');
    await expectRefused(`/api/records.csv?region=${region}`, 400, 'region');
    // A segment like `../` may leave the route's shape altogether: then it is no route at all (404).
    await expectRefused(`/api/records/${region}/ExportSnapshotRecord-x`, [400, 404], 'region');
  });

  it('refuses a region that is a real Lightsail region but not one this server reads', async () => {
    await expectRefused('/api/records?region=ap-south-1', 400, 'region');
  });

  it.each(['0', '201', '-1', '1e9', 'NaN', '5.5', '', '0x10', '%20%201'])(
    'refuses limit=%s',
    async (limit) => {
      await expectRefused(`/api/records?limit=${limit}`, 400, 'limit');
    },
  );

  it('refuses repeated single-valued parameters but accepts repeated filters', async () => {
    await expectRefused('/api/records?limit=5&limit=6', 400, 'limit');
    await expectRefused('/api/records?q=a&q=b', 400, 'q');
    await expectRefused('/api/records?cursor=a&cursor=b', 400, 'cursor');
    const page = await json<{ regions: unknown[] }>('/api/records?region=eu-west-2&region=us-east-1&limit=1');
    expect(page.regions).toHaveLength(2);
  });

  it.each(['foo=bar', 'region[]=eu-west-2', '__proto__=x', 'constructor[prototype]=x', 'Region=eu-west-2'])(
    'refuses the unknown parameter %s',
    async (query) => {
      await expectRefused(`/api/records?${query}`, 400);
      await expectRefused(`/api/records.ndjson?${query}`, 400);
    },
  );

  it('refuses oversized, garbage and forged cursors', async () => {
    const { nextCursor } = await json<{ nextCursor: string }>('/api/records?limit=3');
    const [payload, signature] = nextCursor.split('.') as [string, string];
    const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString()) as {
      r: Record<string, unknown>;
    };
    for (const region of Object.keys(decoded.r)) decoded.r[region] = { t: null, o: 99 };
    const altered = Buffer.from(JSON.stringify(decoded)).toString('base64url');
    for (const cursor of [
      'x'.repeat(5000),
      'not-a-cursor',
      `${payload}.${'A'.repeat(43)}`,
      `${altered}.${signature}`,
      `${payload}.${signature}.extra`,
      `${payload}`,
      `.${signature}`,
    ]) {
      await expectRefused(`/api/records?limit=3&cursor=${encodeURIComponent(cursor)}`, 400, 'cursor');
    }
  });

  it('refuses a cursor replayed with other filters, but accepts it with another limit', async () => {
    const { nextCursor } = await json<{ nextCursor: string }>('/api/records?limit=3&state=Succeeded');
    const cursor = encodeURIComponent(nextCursor);
    for (const other of ['state=Failed', '', 'state=Succeeded&q=x', 'state=Succeeded&region=eu-west-2']) {
      await expectRefused(`/api/records?limit=3&${other}&cursor=${cursor}`, 400, 'cursor');
    }
    await json(`/api/records?limit=7&state=Succeeded&cursor=${cursor}`);
  });

  it('never drops parameters silently, even past the 1,000th', async () => {
    await expectRefused(`/api/records?${'state=Failed&'.repeat(1000)}foo=bar`, 400, 'foo');
    const { nextCursor } = await json<{ nextCursor: string }>('/api/records?limit=2&state=Failed');
    const replayed = `/api/records?${'state=Failed&'.repeat(999)}limit=2&q=x&cursor=${encodeURIComponent(nextCursor)}`;
    await expectRefused(replayed, 400, 'cursor');
  });

  it('refuses a 1 MB query string with the JSON error body and stays up', async () => {
    await expectRefused(`/api/records?q=${'a'.repeat(1024 * 1024)}`, 400);
    await expectRefused(`/api/records?${'region=eu-west-2&'.repeat(60_000)}`, 400);
    expect((await fetch(`${stack.url}/healthz`)).status).toBe(200);
  });

  it('refuses path-traversal record names without reading any file or calling upstream', async () => {
    for (const name of [
      '..%2F..%2Fetc%2Fpasswd',
      '%2e%2e',
      '..%5c..%5cwindows',
      'a%00b',
      '%2Fetc%2Fpasswd',
    ]) {
      const response = await expectRefused(`/api/records/eu-west-2/${name}`, 400, 'name');
      expect(response.body).not.toContain('root:');
    }
    for (const path of [
      '/api/records/eu-west-2/../../../../etc/passwd',
      '/api/../../etc/passwd',
      '/..%2f..%2fetc/passwd',
      '/assets/..%2f..%2f..%2fpackage.json',
    ]) {
      // With the web build present, a page path may get the app's index.html: never a file from disk.
      const response = await rawRequest(stack.url, path);
      if (response.status === 200) expect(response.body).toMatch(/^<!doctype html>/i);
      else expect([400, 403, 404]).toContain(response.status);
      expect(response.body).not.toContain('root:');
      expect(response.body).not.toContain('"dependencies"');
    }
  });
});

describe('only its own routes and methods', () => {
  const routes = [
    '/api/records',
    '/api/records.csv',
    '/api/records.ndjson',
    '/api/regions',
    '/api/meta',
    '/healthz',
    '/readyz',
    '/metrics',
    '/api/records/eu-west-2/x',
  ];

  it.each(['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'PROPFIND'])(
    'answers %s on every route with the JSON 404',
    async (method) => {
      for (const route of routes) await expectRefused(route, 404, undefined, { method });
    },
  );

  it.each([
    '/api',
    '/api/',
    '/api/proxy',
    '/api/GetExportSnapshotRecords',
    '/api/lightsail/DeleteInstance',
    '/api/records/eu-west-2',
    '/__sim/faults',
  ])('answers the unknown API path %s with the JSON 404', async (path) => {
    await expectRefused(path, 404, undefined, { headers: { accept: 'application/json' } });
  });

  it('cannot be made to call another AWS operation or another host, whatever the request says', async () => {
    const attempts: [string, Record<string, string>][] = [
      ['/api/records?limit=5', { 'x-amz-target': 'Lightsail_20161128.DeleteInstance' }],
      ['/api/records?limit=5', { host: decoy.host, 'x-forwarded-host': decoy.host }],
      ['/api/records?limit=5', { forwarded: `host=${decoy.host}`, 'x-forwarded-proto': 'https' }],
      ['/api/regions', { 'x-http-method-override': 'DELETE' }],
      [`/api/records?region=${encodeURIComponent(decoy.host)}`, {}],
      [`/api/records/eu-west-2/x?endpoint=${encodeURIComponent(decoy.url)}`, {}],
      [`/${decoy.url}`, {}],
      [`/api/records?q=${encodeURIComponent(decoy.url)}`, {}],
    ];
    for (const [path, headers] of attempts) {
      const response = await rawRequest(stack.url, path, { headers });
      expect([200, 400, 404]).toContain(response.status);
    }
    const operations = new Set(stack.sim.stats().requests.map((request) => request.operation));
    for (const operation of operations)
      expect(['GetExportSnapshotRecords', 'GetRegions']).toContain(operation);
    expect(decoy.connections()).toBe(0);
  });

  it('survives bytes that are not HTTP at all', async () => {
    for (const garbage of [
      '\u0000\u0001\u0002\r\n\r\n',
      'GET / HTTP/9.9\r\n\r\n',
      'GET /api/records HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n',
    ]) {
      await new Promise<void>((resolve) => {
        const socket = connect(Number(new URL(stack.url).port), '127.0.0.1', () => socket.end(garbage));
        socket.on('data', () => undefined);
        socket.on('close', () => resolve());
        socket.on('error', () => resolve());
      });
    }
    expect((await fetch(`${stack.url}/healthz`)).status).toBe(200);
    expect(stack.server.child.exitCode).toBeNull();
  });
});

describe('a client that trickles its headers (slowloris)', () => {
  it('is cut off after about 10 s, without an answer, instead of holding its socket for a minute', async () => {
    const { port } = new URL(stack.url);
    const started = Date.now();
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () =>
        socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n'),
      );
      const drip = setInterval(() => socket.write('X-Slow: 1\r\n'), 500);
      let data = '';
      socket.on('data', (chunk) => {
        data += chunk.toString();
      });
      socket.on('error', () => undefined);
      socket.on('close', () => {
        clearInterval(drip);
        resolve(data);
      });
    });
    const heldMs = Date.now() - started;
    // No answer: the same timeout closes connections a browser opened ahead of need, and one
    // written there would be taken as the answer to the browser's next request.
    expect(answer).toBe('');
    expect(heldMs).toBeGreaterThanOrEqual(9_000);
    expect(heldMs).toBeLessThan(25_000); // Node's own default would hold it 60 s and more
    expect((await fetch(`${stack.url}/healthz`)).status).toBe(200);
  }, 40_000);
});
