import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorBodySchema } from '@export-ledger/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { createLogger } from './lib/logger';

let server: Server;
let baseUrl: string;

beforeAll(async () => {
  const app = createApp({ logger: createLogger('silent'), meta: { source: 'simulator', version: '9.9.9' } });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('server over HTTP', () => {
  it('answers /healthz', async () => {
    const response = await fetch(`${baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('tells the web app which data source it reads', async () => {
    const response = await fetch(`${baseUrl}/api/meta`);
    expect(await response.json()).toEqual({ source: 'simulator', version: '9.9.9' });
  });

  it('answers an unknown API route with the JSON error body and a request id', async () => {
    const response = await fetch(`${baseUrl}/api/nope`);
    expect(response.status).toBe(404);
    const body = errorBodySchema.parse(await response.json());
    expect(body.error.code).toBe('not_found');
    expect(body.error.requestId).toBe(response.headers.get('x-request-id'));
  });

  it('sends strict security headers and hides the framework', async () => {
    const response = await fetch(`${baseUrl}/healthz`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});
