import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { recordsPageSchema } from '@export-ledger/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimApp, startSimApp } from './test-support/sim-app';

let app: SimApp;
let dist: string;

beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'web-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Export Ledger</title>');
  writeFileSync(
    path.join(dist, 'assets', 'index-abc.js'),
    `console.log(${JSON.stringify('x'.repeat(20_000))});`,
  );
  app = await startSimApp({ sim: { seed: 5, regions: ['eu-west-2'], records: 200 }, webDistDir: dist });
});

afterAll(async () => {
  await app.close();
  rmSync(dist, { recursive: true, force: true });
});

const gzip = { headers: { 'Accept-Encoding': 'gzip' } };

describe('compression', () => {
  it('sends the web build gzipped to a browser that accepts it', async () => {
    const response = await app.get('/assets/index-abc.js', gzip);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect((await response.text()).length).toBeGreaterThan(20_000);
  });

  it('sends a page of records gzipped', async () => {
    const response = await app.get('/api/records?limit=50', gzip);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(recordsPageSchema.parse(await response.json()).records).toHaveLength(50);
  });

  it('leaves streamed exports uncompressed, so their back-pressure reaches the upstream reads', async () => {
    const response = await app.get('/api/records.ndjson', gzip);
    expect(response.headers.get('content-encoding')).toBeNull();
    expect((await response.text()).trim().split('\n').length).toBeGreaterThan(0);
  });
});
