import type { WireExportSnapshotRecord } from '@export-ledger/lightsail-sim';

/** What the simulator serves for a region right now, read through its loopback control route. */
export async function groundTruth(simUrl: string, region: string): Promise<WireExportSnapshotRecord[]> {
  const response = await fetch(`${simUrl}/__sim/records/${encodeURIComponent(region)}`);
  if (!response.ok) throw new Error(`ground truth of ${region}: HTTP ${response.status}`);
  const body = (await response.json()) as { records: WireExportSnapshotRecord[] };
  return body.records;
}

export async function allGroundTruth(simUrl: string, regions: string[]) {
  return (await Promise.all(regions.map((region) => groundTruth(simUrl, region)))).flat();
}

/** The main data set every read-only journey shares (global-setup starts it). */
export const MAIN_DATA = {
  seed: 20_261_203,
  regions: ['us-east-1', 'eu-west-1', 'eu-west-2', 'ap-southeast-2'],
  records: 5_000,
  pageSize: 100,
};

export function mainStackEnv() {
  const ledgerUrl = process.env.E2E_LEDGER_URL;
  const simUrl = process.env.E2E_SIM_URL;
  if (!ledgerUrl || !simUrl) throw new Error('global-setup did not start the main stack');
  return { ledgerUrl, simUrl };
}
