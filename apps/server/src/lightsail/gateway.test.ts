import { type Simulator, startSimulator } from '@export-ledger/lightsail-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLightsailGateway } from './gateway';

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, regions: ['eu-west-2', 'us-east-1'], records: 20, pageSize: 5 });
});

afterAll(async () => {
  await sim.close();
});

const gatewayFor = (options: { requestTimeoutMs: number; callDeadlineMs?: number; maxAttempts?: number }) =>
  createLightsailGateway({
    endpoint: sim.url,
    credentials: sim.credentials,
    connectTimeoutMs: 1000,
    maxAttempts: 2,
    retryDelayMs: 1,
    ...options,
  });

describe('Lightsail gateway over the SDK', () => {
  it('turns a hung attempt into a timeout by itself (throwOnRequestTimeout), well before the call deadline', async () => {
    sim.setFaults('eu-west-2', { hang: true });
    const gateway = gatewayFor({ requestTimeoutMs: 300, callDeadlineMs: 30_000 });
    try {
      const started = Date.now();
      await expect(gateway.getPage('eu-west-2', null)).rejects.toMatchObject({ kind: 'timeout' });
      expect(Date.now() - started).toBeLessThan(5000);
      // Two attempts of 300 ms each (the timeout is retried as transient), then the error.
      expect(Date.now() - started).toBeGreaterThanOrEqual(2 * 300 - 20);
    } finally {
      gateway.close();
      sim.clearFaults();
      sim.resetStats();
    }
  });

  it('reports a call still throttled when the deadline passes during a retry delay as throttled, not a timeout', async () => {
    sim.setFaults('eu-west-2', { throttleRate: 1 });
    const gateway = createLightsailGateway({
      endpoint: sim.url,
      credentials: sim.credentials,
      connectTimeoutMs: 1000,
      requestTimeoutMs: 5000,
      callDeadlineMs: 1500, // mid-way through the second wait: half a second of room for attempt 2
      maxAttempts: 3,
      retryDelayMs: 1000,
    });
    try {
      await expect(gateway.getPage('eu-west-2', null)).rejects.toMatchObject({ kind: 'throttled' });
    } finally {
      gateway.close();
      sim.clearFaults();
      sim.resetStats();
    }
  });

  it('maps records to the contract: ISO timestamps, Lightsail field names, and follows page tokens', async () => {
    const gateway = gatewayFor({ requestTimeoutMs: 5000 });
    try {
      const first = await gateway.getPage('us-east-1', null);
      const truth = sim.records('us-east-1');
      expect(first.records.map((r) => r.name)).toEqual(truth.slice(0, 5).map((r) => r.name));
      expect(first.records[0]?.createdAt).toBe(new Date((truth[0]?.createdAt ?? 0) * 1000).toISOString());
      expect(first.records[0]?.location.regionName).toBe('us-east-1');
      if (truth.length > 5) {
        const second = await gateway.getPage('us-east-1', first.nextPageToken);
        expect(second.records[0]?.name).toBe(truth[5]?.name);
      } else {
        expect(first.nextPageToken).toBeNull();
      }
    } finally {
      gateway.close();
    }
  });

  it('discovers the regions with GetRegions once, with display names', async () => {
    const gateway = gatewayFor({ requestTimeoutMs: 5000 });
    try {
      const [a, b] = await Promise.all([gateway.regions(), gateway.regions()]);
      expect(a).toEqual(b);
      expect(a.map((r) => r.name)).toEqual(['eu-west-2', 'us-east-1']);
      expect(gateway.isReady()).toBe(true);
      expect(sim.stats().requests.filter((r) => r.operation === 'GetRegions')).toHaveLength(1);
    } finally {
      gateway.close();
    }
  });
});
