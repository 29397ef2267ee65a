import { errorBodySchema, recordResponseSchema } from '@export-ledger/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimApp, startSimApp } from '../test-support/sim-app';

let app: SimApp;

beforeAll(async () => {
  app = await startSimApp({ sim: { seed: 21, regions: ['eu-west-2', 'us-east-1'], recordsPerRegion: 1600 } });
});

afterAll(async () => {
  await app.close();
});

describe('GET /api/records/:region/:name', () => {
  it('finds a record deep in the history (the 1,500th of its region) by paging that region', async () => {
    const deep = app.sim.records('eu-west-2')[1499];
    if (!deep) throw new Error('simulator has fewer records than asked');

    const response = await app.get(`/api/records/eu-west-2/${deep.name}`);

    expect(response.status).toBe(200);
    const { record } = recordResponseSchema.parse(await response.json());
    expect(record).toMatchObject({ name: deep.name, arn: deep.arn, state: deep.state });
    expect(record.createdAt).toBe(new Date(deep.createdAt * 1000).toISOString());
  });

  it('answers a second lookup of the same record without calling upstream', async () => {
    const deep = app.sim.records('us-east-1')[1200];
    await app.get(`/api/records/us-east-1/${deep?.name}`);
    app.sim.resetStats();
    expect((await app.get(`/api/records/us-east-1/${deep?.name}`)).status).toBe(200);
    expect(app.recordCalls()).toBe(0);
  });

  it('answers 404 with a clear message for a name that is not in the region', async () => {
    const response = await app.get('/api/records/us-east-1/ExportSnapshotRecord-missing');
    expect(response.status).toBe(404);
    const body = errorBodySchema.parse(await response.json());
    expect(body.error).toMatchObject({ code: 'not_found' });
    expect(body.error.message).toContain('ExportSnapshotRecord-missing');
  });

  it('answers 404 for a region the server does not read and 400 for a malformed one', async () => {
    expect((await app.get('/api/records/eu-north-1/ExportSnapshotRecord-x')).status).toBe(404);
    const bad = await app.get('/api/records/mars-1/ExportSnapshotRecord-x');
    expect(bad.status).toBe(400);
    expect(errorBodySchema.parse(await bad.json()).error.field).toBe('region');
  });
});
