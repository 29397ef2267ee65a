import { errorBodySchema } from '@export-ledger/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimApp, startSimApp } from './test-support/sim-app';

let app: SimApp;

beforeAll(async () => {
  app = await startSimApp({ sim: { seed: 3, regions: ['eu-west-2', 'us-east-1'], records: 40 } });
});

afterAll(async () => {
  await app.close();
});

describe('server over HTTP', () => {
  it('answers /healthz', async () => {
    const response = await app.get('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('tells the web app which data source it reads', async () => {
    const response = await app.get('/api/meta');
    expect(await response.json()).toEqual({ source: 'simulator', version: '9.9.9' });
  });

  it('answers an unknown API route with the JSON error body and a request id', async () => {
    const response = await app.get('/api/nope');
    expect(response.status).toBe(404);
    const body = errorBodySchema.parse(await response.json());
    expect(body.error.code).toBe('not_found');
    expect(body.error.requestId).toBe(response.headers.get('x-request-id'));
    expect(body.error.message).toBe('No route for GET /api/nope');
  });

  it('answers other methods on the API with a JSON 404, as it is read-only', async () => {
    const response = await app.get('/api/records', { method: 'POST', body: '{}' });
    expect(response.status).toBe(404);
    expect(errorBodySchema.parse(await response.json()).error.code).toBe('not_found');
  });

  it('sends strict security headers and hides the framework', async () => {
    const response = await app.get('/healthz');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
    // Plain HTTP server: upgrading its own asset URLs to https (or HSTS) would break the page.
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(csp).not.toContain('https:'); // no style or font source beyond our own origin
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('rate limiting', () => {
  it('answers 429 in the JSON error body with standard RateLimit headers beyond the limit', async () => {
    const limited = await startSimApp({ sim: { regions: ['eu-west-2'], records: 5 }, rateLimitPerMinute: 2 });
    try {
      await limited.get('/api/meta');
      await limited.get('/api/meta');
      const response = await limited.get('/api/meta');
      expect(response.status).toBe(429);
      expect(response.headers.get('ratelimit-policy')).toBeTruthy();
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(errorBodySchema.parse(await response.json()).error.code).toBe('rate_limited');
    } finally {
      await limited.close();
    }
  });
});
