import { GetExportSnapshotRecordsCommand } from '@aws-sdk/client-lightsail';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator } from './server';
import { readAllPages, sdkClient } from './test-support';
import type { Simulator } from './types';

let sim: Simulator;
afterEach(() => sim.close());

describe('live mode', () => {
  it('finishes running exports and adds new ones at the top', async () => {
    let now = Date.UTC(2026, 0, 10);
    sim = await startSimulator({
      seed: 4,
      recordsPerRegion: 50,
      regions: ['eu-west-2'],
      now: () => now,
      live: true,
    });
    const before = sim.records('eu-west-2');
    for (let i = 0; i < 40; i++) {
      now += 60_000;
      sim.tick?.();
    }
    const after = sim.records('eu-west-2');
    expect(after.length).toBeGreaterThan(before.length);
    const started = before.filter((r) => r.state === 'Started').map((r) => r.arn);
    for (const arn of started) expect(after.find((r) => r.arn === arn)?.state).not.toBe('Started');
    const added = after.slice(0, after.length - before.length);
    expect(added.every((r) => r.createdAt > (before[0]?.createdAt ?? 0))).toBe(true);
    for (const r of after) expect(r.destinationInfo === undefined).toBe(r.state !== 'Succeeded');
  });

  it('keeps page tokens stable while new records appear', async () => {
    let now = Date.UTC(2026, 0, 10);
    sim = await startSimulator({
      recordsPerRegion: 30,
      pageSize: 10,
      regions: ['eu-west-2'],
      now: () => now,
      live: true,
    });
    const client = sdkClient(sim, 'eu-west-2');
    const original = sim.records('eu-west-2').map((r) => r.arn);
    const first = await client.send(new GetExportSnapshotRecordsCommand({}));
    for (let i = 0; i < 20; i++) {
      now += 60_000;
      sim.tick?.();
    }
    expect(sim.records('eu-west-2').length).toBeGreaterThan(30);
    let token = first.nextPageToken;
    const seen = (first.exportSnapshotRecords ?? []).map((r) => r.arn);
    while (token) {
      const page = await client.send(new GetExportSnapshotRecordsCommand({ pageToken: token }));
      seen.push(...(page.exportSnapshotRecords ?? []).map((r) => r.arn));
      token = page.nextPageToken;
    }
    expect(seen).toEqual(original);
  });

  it('advances on its own at the configured interval', async () => {
    sim = await startSimulator({ recordsPerRegion: 5, regions: ['eu-west-2'], live: { intervalMs: 20 } });
    const before = (await readAllPages(sdkClient(sim, 'eu-west-2'))).records.length;
    await expect
      .poll(() => sim.records('eu-west-2').length, { timeout: 3000, interval: 50 })
      .toBeGreaterThan(before);
  });
});
