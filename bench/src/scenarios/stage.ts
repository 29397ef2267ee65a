import { GetExportSnapshotRecordsCommand, LightsailClient } from '@aws-sdk/client-lightsail';
import { REGION_NAMES, type RegionName } from '@export-ledger/contract';
import { type Simulator, startSimulator } from '@export-ledger/lightsail-sim';
import { SIM_CREDENTIALS } from '../lib/config';

/** The simulator most scenarios share: every Lightsail region, 1,000 records each. */
export interface Stage {
  sim: Simulator;
  regions: RegionName[];
  recordsPerRegion: number;
  pageSize: number;
}

export const STAGE_RECORDS_PER_REGION = 1_000;
export const STAGE_PAGE_SIZE = 50;

export async function startStage(): Promise<Stage> {
  const regions = [...REGION_NAMES];
  const sim = await startSimulator({
    port: 0,
    seed: 42,
    regions,
    recordsPerRegion: STAGE_RECORDS_PER_REGION,
    pageSize: STAGE_PAGE_SIZE,
    credentials: SIM_CREDENTIALS,
  });
  // Regions are generated on first use: do it now, so no scenario's first request pays for it.
  for (const region of regions) sim.records(region);
  return { sim, regions, recordsPerRegion: STAGE_RECORDS_PER_REGION, pageSize: STAGE_PAGE_SIZE };
}

/** A client configured as the BFF's gateway would be for that region: the "direct SDK" baseline. */
export function directClient(sim: Simulator, region: RegionName): LightsailClient {
  return new LightsailClient({ region, endpoint: sim.url, credentials: sim.credentials, maxAttempts: 1 });
}

export async function directPage(client: LightsailClient, pageToken?: string) {
  return client.send(new GetExportSnapshotRecordsCommand(pageToken ? { pageToken } : {}));
}

/** GetExportSnapshotRecords requests the simulator has counted since its last resetStats(). */
export function upstreamPageCalls(sim: Simulator): number {
  return sim.stats().requests.filter((request) => request.operation === 'GetExportSnapshotRecords').length;
}
