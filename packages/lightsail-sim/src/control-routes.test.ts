import { networkInterfaces } from 'node:os';
import { GetExportSnapshotRecordsCommand } from '@aws-sdk/client-lightsail';
import { afterEach, describe, expect, it } from 'vitest';
import { isLoopback } from './control-routes';
import { startSimulator } from './server';
import { sdkClient } from './test-support';
import type { Simulator } from './types';

let sim: Simulator;
afterEach(() => sim.close());

const control = async (path: string, init: RequestInit = {}) => {
  const response = await fetch(new URL(`/__sim${path}`, sim.url), init);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};
const put = (path: string, body: unknown) =>
  control(path, {
    method: 'PUT',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });

describe('the control route', () => {
  it('sets, reads and clears a region fault at run time, without SigV4', async () => {
    sim = await startSimulator({ recordsPerRegion: 2, regions: ['eu-west-2', 'us-east-1'] });
    expect((await put('/faults/eu-west-2', { accessDenied: true })).body).toEqual({
      'eu-west-2': { accessDenied: true },
    });
    const denied = await sdkClient(sim, 'eu-west-2')
      .send(new GetExportSnapshotRecordsCommand({}))
      .catch((e: Error) => e);
    expect(denied).toMatchObject({ name: 'AccessDeniedException' });
    expect((await control('/faults/eu-west-2')).body).toEqual({ accessDenied: true });
    expect((await control('/faults/eu-west-2', { method: 'DELETE' })).body).toEqual({});
    const page = await sdkClient(sim, 'eu-west-2').send(new GetExportSnapshotRecordsCommand({}));
    expect(page.exportSnapshotRecords).toHaveLength(2);
  });

  it('refuses bad fault bodies and unknown regions with a message', async () => {
    sim = await startSimulator({ regions: ['eu-west-2'] });
    expect(await put('/faults/eu-west-2', { throttleRate: 'lots' })).toMatchObject({ status: 400 });
    expect((await control('/faults/eu-west-2', { method: 'PUT', body: '{nope' })).status).toBe(400);
    expect((await put('/faults/mars-north-1', { hang: true })).status).toBe(404);
    expect((await control('/nothing')).status).toBe(404);
  });

  it('answers 400, not 500, to a path that is not valid percent-encoding', async () => {
    sim = await startSimulator({ regions: ['eu-west-2'] });
    for (const path of ['/faults/%E0%A4%A', '/records/%ZZ']) {
      const response = await fetch(new URL(`/__sim${path}`, sim.url));
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: expect.stringMatching(/percent-encoding/) });
    }
  });

  it('refuses a latency a Node timer cannot wait (it would fire after 1 ms)', async () => {
    sim = await startSimulator({ regions: ['eu-west-2'] });
    expect(await put('/faults/eu-west-2', { latencyMs: 3_000_000_000 })).toMatchObject({ status: 400 });
    expect((await control('/faults/eu-west-2')).body).toEqual({});
  });

  it('reports and resets stats per operation, region and outcome', async () => {
    sim = await startSimulator({ recordsPerRegion: 2, regions: ['eu-west-2'] });
    await sdkClient(sim, 'eu-west-2').send(new GetExportSnapshotRecordsCommand({}));
    expect((await control('/stats')).body).toEqual({
      requests: [{ operation: 'GetExportSnapshotRecords', region: 'eu-west-2', outcome: 'ok' }],
      aborted: 0,
    });
    expect((await control('/stats/reset', { method: 'POST' })).body).toEqual({ requests: [], aborted: 0 });
    expect(sim.stats().requests).toEqual([]);
  });

  it('serves the ground truth of a region', async () => {
    sim = await startSimulator({ recordsPerRegion: 4, regions: ['eu-west-2'] });
    const { body } = await control('/records/eu-west-2');
    expect(body.records).toEqual(sim.records('eu-west-2'));
  });

  it('recognises loopback peers only', () => {
    for (const address of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'])
      expect(isLoopback(address)).toBe(true);
    for (const address of ['10.0.0.1', '::ffff:192.168.1.2', 'fe80::1', undefined])
      expect(isLoopback(address)).toBe(false);
  });

  const external = Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
  it.skipIf(external === undefined)('answers 403 to a peer that is not loopback', async () => {
    sim = await startSimulator({ host: external, regions: ['eu-west-2'] });
    const { port } = new URL(sim.url);
    const response = await fetch(`http://${external}:${port}/__sim/stats`);
    expect(response.status).toBe(403);
  });
});
