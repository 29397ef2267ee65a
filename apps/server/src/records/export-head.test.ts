import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimApp, startSimApp } from '../test-support/sim-app';

let app: SimApp;

beforeAll(async () => {
  app = await startSimApp({ sim: { seed: 5, regions: ['eu-west-2'], recordsPerRegion: 200, pageSize: 10 } });
});

afterAll(async () => {
  await app.close();
});

describe('HEAD on an export', () => {
  it('answers the headers without reading the whole selection from Lightsail', async () => {
    for (const format of ['csv', 'ndjson']) {
      app.sim.resetStats();
      const response = await app.get(`/api/records.${format}`, { method: 'HEAD' });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=/);
      // 20 pages make the whole export; a HEAD needs at most the first one (and GetRegions).
      expect(app.recordCalls()).toBeLessThanOrEqual(2);
    }
  });
});
