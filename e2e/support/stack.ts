import { type Simulator, type SimulatorOptions, startSimulator } from '@export-ledger/lightsail-sim';
import { type RunningServer, startServer } from './server';

export interface Stack {
  /** The Export Ledger server's URL (it serves the web app and /api). */
  url: string;
  /** The standalone simulator it reads, as if it were Lightsail. */
  sim: Simulator;
  close(): Promise<void>;
}

/**
 * A standalone simulator and a production server that reads it through the real AWS SDK path
 * (LIGHTSAIL_SOURCE=aws with LIGHTSAIL_ENDPOINT), so a test controls the data and its faults.
 */
export async function startStack(
  simOptions: SimulatorOptions,
  env: Record<string, string> = {},
): Promise<Stack> {
  const sim = await startSimulator(simOptions);
  let server: RunningServer;
  try {
    server = await startServer({
      LIGHTSAIL_SOURCE: 'aws',
      LIGHTSAIL_ENDPOINT: sim.url,
      LIGHTSAIL_REGIONS: sim.regions.join(','),
      AWS_ACCESS_KEY_ID: sim.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: sim.credentials.secretAccessKey,
      AWS_REGION: 'us-east-1',
      ...env,
    });
  } catch (error) {
    await sim.close();
    throw error;
  }
  return {
    url: server.url,
    sim,
    close: async () => {
      await server.stop();
      await sim.close();
    },
  };
}
