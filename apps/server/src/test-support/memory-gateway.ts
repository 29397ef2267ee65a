import type { ExportRecord, RegionInfo, RegionName } from '@export-ledger/contract';
import type { LightsailGateway, UpstreamPage } from '../lightsail/types';

/**
 * An in-memory stand-in for the gateway interface (not the SDK), for unit tests of the merge and
 * the service's rules. Everything that crosses HTTP is tested against the simulator instead.
 */
export function memoryGateway(data: Partial<Record<RegionName, ExportRecord[]>>, pageSize: number) {
  const calls: { region: RegionName; token: string | null }[] = [];
  const failing = new Map<RegionName, Error>();
  const gateway: LightsailGateway = {
    async regions(): Promise<RegionInfo[]> {
      return Object.keys(data).map((name) => ({ name: name as RegionName, displayName: name }));
    },
    isReady: () => true,
    async getPage(region, token): Promise<UpstreamPage> {
      calls.push({ region, token });
      const failure = failing.get(region);
      if (failure) throw failure;
      const start = token === null ? 0 : Number(token);
      const all = data[region] ?? [];
      const end = start + pageSize;
      return { records: all.slice(start, end), nextPageToken: end < all.length ? String(end) : null };
    },
  };
  return { gateway, calls, failing };
}

let counter = 0;

/** A record with just what ordering and filtering look at. */
export function fakeRecord(region: RegionName, createdAtSeconds: number, extra: Partial<ExportRecord> = {}) {
  counter += 1;
  const id = String(counter).padStart(6, '0');
  return {
    name: `ExportSnapshotRecord-${id}`,
    arn: `arn:aws:lightsail:${region}:123456789012:ExportSnapshotRecord/${id}`,
    createdAt: new Date(createdAtSeconds * 1000).toISOString(),
    location: { availabilityZone: 'all', regionName: region },
    resourceType: 'ExportSnapshotRecord',
    state: 'Succeeded',
    sourceInfo: { resourceType: 'InstanceSnapshot', name: `snap-${id}`, fromResourceName: `web-${id}` },
    destinationInfo: { id: `ami-${id}`, service: 'Aws::EC2::Image' },
    ...extra,
  } satisfies ExportRecord;
}
