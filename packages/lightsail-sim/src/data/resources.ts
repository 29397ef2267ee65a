import type { WireDiskInfo } from '../types';
import { ATTACHED_DISK_PATHS, BLUEPRINTS, BUNDLES, DISK_NAMES, DISK_SIZES_GB, pickWeighted } from './names';
import type { Rng } from './prng';

/**
 * The instances and disks of one region. Exports are drawn from a fixed pool so that, as in a real
 * account, the same instance shows up in several records over the months.
 */
export interface InstanceResource {
  kind: 'instance';
  name: string;
  arn: string;
  bundleId: string;
  blueprintId: string;
  disks: WireDiskInfo[];
}

export interface DiskResource {
  kind: 'disk';
  name: string;
  arn: string;
  sizeInGb: number;
}

export type SourceResource = InstanceResource | DiskResource;

export interface RegionContext {
  region: string;
  accountId: string;
  city: string;
  rng: Rng;
}

export function arn(ctx: RegionContext, type: string, id: string): string {
  return `arn:aws:lightsail:${ctx.region}:${ctx.accountId}:${type}/${id}`;
}

/** One account id per seed: 12 digits, never starting with 0, like real ones. */
export function accountIdFor(rng: Rng): string {
  return `${rng.int(1, 9)}${String(rng.int(0, 99_999)).padStart(5, '0')}${String(rng.int(0, 999_999)).padStart(6, '0')}`;
}

// Most instances have only their system disk; a few carry attached block storage.
const ATTACHED_DISK_COUNTS = [
  { count: 0, weight: 60 },
  { count: 1, weight: 25 },
  { count: 2, weight: 10 },
  { count: 3, weight: 5 },
];

export function createResourcePool(ctx: RegionContext, size: number): SourceResource[] {
  const { rng } = ctx;
  const serials = new Map<string, number>();
  const nextSerial = (prefix: string): number => {
    const n = (serials.get(prefix) ?? 0) + 1;
    serials.set(prefix, n);
    return n;
  };
  const pool: SourceResource[] = [];
  for (let i = 0; i < size; i++) {
    if (rng.chance(0.2)) {
      const name = `${rng.pick(DISK_NAMES)}-${ctx.city}`;
      pool.push({
        kind: 'disk',
        name: `${name}-${nextSerial(name)}`,
        arn: arn(ctx, 'Disk', rng.uuid()),
        sizeInGb: rng.pick(DISK_SIZES_GB),
      });
      continue;
    }
    const blueprint = pickWeighted(BLUEPRINTS, rng.next());
    const bundle = pickWeighted(BUNDLES, rng.next());
    const prefix = `${blueprint.app}-${bundle.ram}-${ctx.city}`;
    const name = `${prefix}-${nextSerial(prefix)}`;
    const disks: WireDiskInfo[] = [{ path: '/dev/sda1', sizeInGb: bundle.systemDiskGb, isSystemDisk: true }];
    const attached = pickWeighted(ATTACHED_DISK_COUNTS, rng.next()).count;
    for (let d = 0; d < attached; d++) {
      disks.push({
        name: `${name}-${rng.pick(DISK_NAMES)}-${d + 1}`,
        path: ATTACHED_DISK_PATHS[d] ?? '/dev/xvdz',
        sizeInGb: rng.pick(DISK_SIZES_GB),
        isSystemDisk: false,
      });
    }
    pool.push({
      kind: 'instance',
      name,
      arn: arn(ctx, 'Instance', rng.uuid()),
      bundleId: bundle.id,
      blueprintId: blueprint.id,
      disks,
    });
  }
  return pool;
}
