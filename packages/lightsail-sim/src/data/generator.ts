import type { WireExportSnapshotRecord } from '../types';
import { createRng, type Rng } from './prng';
import { accountIdFor, arn, createResourcePool, type RegionContext, type SourceResource } from './resources';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Records of a region spread over about two years before `now`. */
export const HISTORY_SPAN_MS = 730 * DAY;

export type RecordState = WireExportSnapshotRecord['state'];

export interface RegionGeneratorInput {
  seed: number;
  region: string;
  city: string;
}

/**
 * Generates the export records of one region from a stream seeded by (seed, region) alone, so a
 * region's data does not depend on which other regions are served. Live mode keeps drawing from the
 * same stream to add and finish records.
 */
export class RegionGenerator {
  readonly #ctx: RegionContext;
  readonly #pool: SourceResource[];

  constructor({ seed, region, city }: RegionGeneratorInput, poolSize: number) {
    const rng = createRng(seed, region);
    this.#ctx = { region, city, rng, accountId: accountIdFor(createRng(seed, 'account')) };
    this.#pool = createResourcePool(this.#ctx, Math.max(1, poolSize));
  }

  get rng(): Rng {
    return this.#ctx.rng;
  }

  /** `count` records newest first, strictly decreasing createdAt (unique per region: no ties to break). */
  history(count: number, nowMs: number): WireExportSnapshotRecord[] {
    const { rng } = this.#ctx;
    const meanGap = HISTORY_SPAN_MS / Math.max(count, 1);
    const records: WireExportSnapshotRecord[] = [];
    // The newest export happened minutes ago, so a freshly started demo shows some still running.
    let t = nowMs - rng.int(2 * MINUTE, 90 * MINUTE);
    for (let i = 0; i < count; i++) {
      records.push(this.record(t, this.#stateForAge(nowMs - t)));
      t -= Math.max(1, Math.round(-Math.log(1 - rng.next()) * meanGap));
    }
    return records;
  }

  record(createdAtMs: number, state: RecordState): WireExportSnapshotRecord {
    const { rng } = this.#ctx;
    const source = rng.pick(this.#pool);
    const snapshotAt = createdAtMs - rng.int(2 * MINUTE, 14 * DAY);
    // Lightsail names a snapshot after its resource and the second the snapshot was requested.
    const snapshotName = `${source.name}-${Math.floor((snapshotAt - rng.int(30_000, 180_000)) / 1000)}`;
    const isInstance = source.kind === 'instance';
    const record: WireExportSnapshotRecord = {
      name: `ExportSnapshotRecord-${rng.uuid()}`,
      arn: arn(this.#ctx, 'ExportSnapshotRecord', rng.uuid()),
      createdAt: createdAtMs / 1000,
      location: { availabilityZone: 'all', regionName: this.#ctx.region },
      resourceType: 'ExportSnapshotRecord',
      state,
      sourceInfo: {
        resourceType: isInstance ? 'InstanceSnapshot' : 'DiskSnapshot',
        createdAt: snapshotAt / 1000,
        name: snapshotName,
        arn: arn(this.#ctx, isInstance ? 'InstanceSnapshot' : 'DiskSnapshot', rng.uuid()),
        fromResourceName: source.name,
        fromResourceArn: source.arn,
        ...(source.kind === 'instance'
          ? {
              instanceSnapshotInfo: {
                fromBundleId: source.bundleId,
                fromBlueprintId: source.blueprintId,
                fromDiskInfo: source.disks.map((disk) => ({ ...disk })),
              },
            }
          : { diskSnapshotInfo: { sizeInGb: source.sizeInGb } }),
      },
    };
    if (state === 'Succeeded') this.#addDestination(record);
    return record;
  }

  /** Live mode: a running export ends, mostly well. */
  finish(record: WireExportSnapshotRecord): void {
    record.state = this.#ctx.rng.chance(0.85) ? 'Succeeded' : 'Failed';
    if (record.state === 'Succeeded') this.#addDestination(record);
  }

  #addDestination(record: WireExportSnapshotRecord): void {
    const image = record.sourceInfo.resourceType === 'InstanceSnapshot';
    const id = `${image ? 'ami' : 'snap'}-0${this.#ctx.rng.hex(16)}`;
    record.destinationInfo = { id, service: image ? 'Aws::EC2::Image' : 'Aws::EC2::Snapshot' };
  }

  #stateForAge(ageMs: number): RecordState {
    const { rng } = this.#ctx;
    // An export to EC2 takes from minutes to a few hours; older ones have all ended.
    const running = ageMs < 30 * MINUTE ? 0.7 : ageMs < 3 * HOUR ? 0.25 : 0;
    if (rng.chance(running)) return 'Started';
    return rng.chance(0.08) ? 'Failed' : 'Succeeded';
  }
}

/** Instances and disks per region: enough that names repeat now and then, as in a real account. */
export function poolSizeFor(count: number): number {
  return Math.min(400, Math.max(3, Math.ceil(count / 6)));
}
