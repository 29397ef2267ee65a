import { MAIN_DATA } from './support/ground-truth';
import { startServer } from './support/server';
import { startStack } from './support/stack';

/**
 * Starts what the read-only journeys share:
 * - the production server in its default mode (embedded simulator, "demo data"): E2E_BASE_URL;
 * - a standalone simulator with a fixed 5,000-record history across four regions, and a production
 *   server reading it through the AWS SDK path: E2E_LEDGER_URL and E2E_SIM_URL (ground truth).
 * Journeys that break regions or need live updates start their own pair (fixtures.ts).
 */
export default async function globalSetup() {
  const [demo, main] = await Promise.all([
    startServer(),
    startStack({
      seed: MAIN_DATA.seed,
      regions: MAIN_DATA.regions,
      records: MAIN_DATA.records,
      pageSize: MAIN_DATA.pageSize,
    }),
  ]);
  process.env.E2E_BASE_URL = demo.url;
  process.env.E2E_LEDGER_URL = main.url;
  process.env.E2E_SIM_URL = main.sim.url;
  return async () => {
    await Promise.all([demo.stop(), main.close()]);
  };
}
