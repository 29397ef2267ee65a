import { errorBodySchema, recordsPageSchema, regionsResponseSchema } from '@export-ledger/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageThrough, type SimApp, startSimApp, truthArns } from '../test-support/sim-app';

let app: SimApp;
const regions = ['eu-west-2', 'us-east-1', 'ap-south-1'] as const;

beforeAll(async () => {
  app = await startSimApp({ sim: { seed: 11, regions: [...regions], records: 300, pageSize: 10 } });
});

afterAll(async () => {
  await app.close();
});

describe('GET /api/records', () => {
  it('answers a first page in the contract shape, newest first across regions', async () => {
    const response = await app.get('/api/records?limit=20');
    expect(response.status).toBe(200);
    const page = recordsPageSchema.parse(await response.json());
    expect(page.records.map((r) => r.arn)).toEqual(truthArns(app.sim, [...regions]).slice(0, 20));
    expect(page.regions.map((r) => r.status)).toEqual(['ok', 'ok', 'ok']);
    expect(page.scanned).toBe(20);
    expect(page.nextCursor).toEqual(expect.any(String));
  });

  it('returns every record exactly once when paging with limit 7', async () => {
    const { records } = await pageThrough(app, 'limit=7');
    expect(records.map((r) => r.arn)).toEqual(truthArns(app.sim, [...regions]));
  });

  it('answers 400 naming the parameter for a bad limit, region or unknown parameter', async () => {
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['region=mars-1', 'region'],
      ['state=Lost', 'state'],
      ['foo=bar', 'foo'],
    ] as const) {
      const response = await app.get(`/api/records?${query}`);
      expect(response.status).toBe(400);
      expect(errorBodySchema.parse(await response.json()).error.field).toBe(field);
    }
  });

  it('answers 400 for a region the server does not read', async () => {
    const response = await app.get('/api/records?region=eu-north-1');
    expect(response.status).toBe(400);
    expect(errorBodySchema.parse(await response.json()).error.field).toBe('region');
  });
});

describe('GET /api/regions', () => {
  it('lists the regions the server reads, from GetRegions', async () => {
    const body = regionsResponseSchema.parse(await (await app.get('/api/regions')).json());
    expect(body.regions.map((r) => r.name)).toEqual([...regions].sort());
    expect(body.regions.every((r) => r.displayName.length > 0)).toBe(true);
  });
});
