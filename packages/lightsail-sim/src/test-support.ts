import type { ExportSnapshotRecord } from '@aws-sdk/client-lightsail';
import { GetExportSnapshotRecordsCommand, LightsailClient } from '@aws-sdk/client-lightsail';
import type { Simulator } from './types';

/** A real SDK client pointed at the simulator, as the server's gateway builds one. */
export function sdkClient(
  sim: Simulator,
  region: string,
  overrides: { secretAccessKey?: string; accessKeyId?: string; maxAttempts?: number } = {},
): LightsailClient {
  return new LightsailClient({
    region,
    endpoint: sim.url,
    credentials: {
      accessKeyId: overrides.accessKeyId ?? sim.credentials.accessKeyId,
      secretAccessKey: overrides.secretAccessKey ?? sim.credentials.secretAccessKey,
    },
    maxAttempts: overrides.maxAttempts ?? 3,
  });
}

/** Follows nextPageToken to the end, the way every consumer must (the SDK ships no paginator for it). */
export async function readAllPages(
  client: LightsailClient,
): Promise<{ records: ExportSnapshotRecord[]; pages: number }> {
  const records: ExportSnapshotRecord[] = [];
  let pages = 0;
  let pageToken: string | undefined;
  do {
    const page = await client.send(new GetExportSnapshotRecordsCommand({ pageToken }));
    pages++;
    records.push(...(page.exportSnapshotRecords ?? []));
    pageToken = page.nextPageToken;
  } while (pageToken !== undefined);
  return { records, pages };
}

/** The SDK's view of a wire record: epoch seconds become Dates, everything else is kept as is. */
export function asSdkRecord(wire: object): unknown {
  return JSON.parse(JSON.stringify(wire), (key, value) =>
    key === 'createdAt' && typeof value === 'number' ? new Date(Math.round(value * 1000)) : value,
  );
}
