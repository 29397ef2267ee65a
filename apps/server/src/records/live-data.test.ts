import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimApp, startSimApp } from '../test-support/sim-app';

let app: SimApp;
const regions = ['eu-west-2', 'us-east-1'];

beforeAll(async () => {
  app = await startSimApp({
    sim: { seed: 13, regions, recordsPerRegion: 30, pageSize: 8, live: true },
    cacheTtlMs: 0,
  });
});

afterAll(async () => {
  await app.close();
});

describe('paging while new exports appear (live data)', () => {
  it('never returns a record twice and misses none of those that existed when paging began', async () => {
    const before = regions.flatMap((region) => app.sim.records(region).map((record) => record.arn));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await app.get(`/api/records?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      const page = (await response.json()) as { records: { arn: string }[]; nextCursor: string | null };
      seen.push(...page.records.map((record) => record.arn));
      cursor = page.nextCursor;
      for (let i = 0; i < 3; i += 1) app.sim.tick?.(); // new exports land at the top of the first pages
    } while (cursor);

    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(before));
    expect(regions.flatMap((region) => app.sim.records(region)).length).toBeGreaterThan(before.length);
  });
});
