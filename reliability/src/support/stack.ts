import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Simulator, type SimulatorOptions, startSimulator } from '@export-ledger/lightsail-sim';
import {
  type ServerProcess,
  type SpawnOptions,
  simEnv,
  startServerProcess,
  waitUntilReady,
} from './server-process';

export interface Stack {
  sim: Simulator;
  server: ServerProcess;
  url: string;
  /** Requests the simulator has seen (all operations, after authentication). */
  upstreamRequests(): number;
  close(): Promise<void>;
}

/**
 * A standalone simulator in this process (so the test reads its stats and sets its faults) and the
 * real server in a child process reading it through the AWS SDK path.
 */
export async function startStack(
  simOptions: SimulatorOptions,
  env: Record<string, string> = {},
  spawnOptions: Omit<SpawnOptions, 'env'> = {},
): Promise<Stack> {
  const sim = await startSimulator({ port: 0, ...simOptions });
  let server: ServerProcess;
  try {
    server = await startServerProcess({ ...spawnOptions, env: { ...simEnv(sim), ...env } });
    await waitUntilReady(server.url);
  } catch (error) {
    await sim.close();
    throw error;
  }
  return {
    sim,
    server,
    url: server.url,
    upstreamRequests: () => sim.stats().requests.length,
    async close() {
      await server.stop('SIGKILL');
      await sim.close();
    },
  };
}

/** A loopback listener that must never be contacted: it counts every connection it gets. */
export async function startDecoy(): Promise<{
  url: string;
  host: string;
  connections(): number;
  close(): Promise<void>;
}> {
  let connections = 0;
  const server: Server = createServer((_req, res) => res.end('decoy'));
  server.on('connection', () => {
    connections += 1;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    connections: () => connections,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The simulator's ground truth for some regions in the API's order (newest first, ties by ARN). */
export function truthNames(sim: Simulator, regions: readonly string[]): string[] {
  return regions
    .flatMap((region) => sim.records(region))
    .sort((a, b) => b.createdAt - a.createdAt || (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0))
    .map((record) => record.name);
}
