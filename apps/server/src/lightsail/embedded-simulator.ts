import { startSimulator } from '@export-ledger/lightsail-sim';
import type { Config } from '../config';

/**
 * LIGHTSAIL_SOURCE=simulator: a lightsail-sim in this process on an ephemeral loopback port. The
 * server then reads it through the same SDK gateway it uses for AWS.
 */
export function startEmbeddedSimulator(config: Config) {
  return startSimulator({
    port: 0,
    host: '127.0.0.1',
    seed: config.SIM_SEED,
    ...(config.SIM_RECORDS === undefined ? {} : { records: config.SIM_RECORDS }),
    ...(config.SIM_RECORDS_PER_REGION === undefined
      ? {}
      : { recordsPerRegion: config.SIM_RECORDS_PER_REGION }),
    ...(config.SIM_PAGE_SIZE === undefined ? {} : { pageSize: config.SIM_PAGE_SIZE }),
    ...(config.LIGHTSAIL_REGIONS ? { regions: config.LIGHTSAIL_REGIONS } : {}),
    live: config.SIM_LIVE,
  });
}
