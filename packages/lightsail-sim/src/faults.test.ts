import { GetExportSnapshotRecordsCommand, GetRegionsCommand } from '@aws-sdk/client-lightsail';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator } from './server';
import { sdkClient } from './test-support';
import type { Simulator } from './types';

let sim: Simulator;
afterEach(() => sim.close());

const start = (faults: Simulator extends never ? never : Parameters<typeof startSimulator>[0] = {}) =>
  startSimulator({ recordsPerRegion: 5, regions: ['eu-west-2', 'us-east-1'], ...faults });

const list = (region: string, maxAttempts = 3) =>
  sdkClient(sim, region, { maxAttempts }).send(new GetExportSnapshotRecordsCommand({}));

type SdkError = Error & { $metadata: { httpStatusCode?: number; attempts?: number }; $fault: string };
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e as SdkError,
  );

const outcomes = (region: string) =>
  sim
    .stats()
    .requests.filter((r) => r.region === region)
    .map((r) => r.outcome);

describe('fault injection, as the SDK sees it', () => {
  it('throttles, and the SDK retries and then succeeds when the rate is below 1', async () => {
    sim = await start({ faults: { 'eu-west-2': { throttleRate: 0.5 } } });
    const page = await list('eu-west-2');
    expect(page.$metadata.attempts).toBe(2);
    expect(page.exportSnapshotRecords).toHaveLength(5);
    expect(outcomes('eu-west-2')).toEqual(['ThrottlingException', 'ok']);
  });

  it('gives ThrottlingException (400) once every attempt is throttled', async () => {
    sim = await start({ faults: { 'eu-west-2': { throttleRate: 1 } } });
    const error = await failure(list('eu-west-2', 2));
    expect(error.name).toBe('ThrottlingException');
    expect(error.$metadata).toMatchObject({ httpStatusCode: 400, attempts: 2 });
  });

  it('answers server errors with ServiceException (500), which the SDK retries', async () => {
    sim = await start({ faults: { 'eu-west-2': { errorRate: 1 } } });
    const error = await failure(list('eu-west-2', 2));
    expect(error.name).toBe('ServiceException');
    expect(error.$fault).toBe('server');
    expect(error.$metadata).toMatchObject({ httpStatusCode: 500, attempts: 2 });
    sim.setFaults('eu-west-2', { errorRate: 0.5 });
    expect((await list('eu-west-2')).exportSnapshotRecords).toHaveLength(5);
  });

  it("denies access with AccessDeniedException (400, as Lightsail's model and CommonErrors give it) and the SDK does not retry", async () => {
    sim = await start({ faults: { 'eu-west-2': { accessDenied: true } } });
    const error = await failure(list('eu-west-2'));
    expect(error.name).toBe('AccessDeniedException');
    expect(error.$metadata).toMatchObject({ httpStatusCode: 400, attempts: 1 });
    expect(outcomes('eu-west-2')).toEqual(['AccessDeniedException']);
    expect((await list('us-east-1')).exportSnapshotRecords).toHaveLength(5);
  });

  it('answers a region still setting up with AccountSetupInProgressException (400), not retried', async () => {
    sim = await start({ faults: { 'us-east-1': { settingUp: true } } });
    const error = await failure(sdkClient(sim, 'us-east-1').send(new GetRegionsCommand({})));
    expect(error.name).toBe('AccountSetupInProgressException');
    expect(error.$metadata).toMatchObject({ httpStatusCode: 400, attempts: 1 });
  });

  it('adds the configured latency to every answer of the region', async () => {
    sim = await start({ faults: { '*': { latencyMs: 150 } } });
    const startedAt = performance.now();
    await list('us-east-1');
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(145);
  });

  it('holds a hanging region until the fault is cleared', async () => {
    sim = await start({ faults: { 'eu-west-2': { hang: true } } });
    let settled = false;
    const pending = list('eu-west-2').finally(() => {
      settled = true;
    });
    await new Promise((r) => setTimeout(r, 150));
    expect(settled).toBe(false);
    expect((await list('us-east-1')).exportSnapshotRecords).toHaveLength(5);
    sim.clearFaults('eu-west-2');
    expect((await pending).exportSnapshotRecords).toHaveLength(5);
  });

  it('counts a client that gives up during a hang as aborted', async () => {
    sim = await start({ faults: { 'eu-west-2': { hang: true } } });
    const abort = new AbortController();
    const pending = sdkClient(sim, 'eu-west-2', { maxAttempts: 1 })
      .send(new GetExportSnapshotRecordsCommand({}), { abortSignal: abort.signal })
      .catch((e: Error) => e);
    await new Promise((r) => setTimeout(r, 100));
    abort.abort();
    expect(await pending).toMatchObject({ name: 'AbortError' });
    await expect.poll(() => sim.stats().aborted).toBe(1);
    expect(outcomes('eu-west-2')).toEqual(['aborted']);
  });

  it('counts a client that gives up during added latency as aborted, and answers nothing', async () => {
    sim = await start({ faults: { 'us-east-1': { latencyMs: 2000 } } });
    const error = await failure(
      sdkClient(sim, 'us-east-1', { maxAttempts: 1 }).send(new GetExportSnapshotRecordsCommand({}), {
        abortSignal: AbortSignal.timeout(100),
      }),
    );
    expect(error.name).toBe('AbortError');
    await expect
      .poll(() => sim.stats())
      .toEqual({
        requests: [{ operation: 'GetExportSnapshotRecords', region: 'us-east-1', outcome: 'aborted' }],
        aborted: 1,
      });
  });

  it('applies "*" to every region, and a region entry wins over it', async () => {
    sim = await start();
    sim.setFaults('*', { accessDenied: true });
    sim.setFaults('us-east-1', { accessDenied: false });
    expect((await failure(list('eu-west-2'))).name).toBe('AccessDeniedException');
    expect((await list('us-east-1')).exportSnapshotRecords).toHaveLength(5);
    sim.clearFaults();
    expect((await list('eu-west-2')).exportSnapshotRecords).toHaveLength(5);
  });

  it('refuses faults it does not understand', async () => {
    sim = await start();
    expect(() => sim.setFaults('eu-west-2', { throttleRate: 2 })).toThrow(/throttleRate/);
    expect(() => sim.setFaults('eu-west-2', { nope: true } as never)).toThrow(/unknown fault/);
  });
});
