import type { WireExportSnapshotRecord } from '../types';
import { createRng, hashSeed, type Rng, rngFromHash } from './prng';
import { accountIdFor, arn, createResourcePool, type RegionContext, type SourceResource } from './resources';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Records of a region spread over about two years before `now`. */
export const HISTORY_SPAN_MS = 730 * DAY;
/** An export to EC2 takes minutes to a few hours: older ones have all ended. */
export const RUNNING_WINDOW_MS = 3 * HOUR;

export type RecordState = WireExportSnapshotRecord['state'];

export interface RegionGeneratorInput {
  seed: number;
  region: string;
  city: string;
  poolSize: number;
}

/**
 * Generates one region's export records. The timeline (when each export happened) comes from a
 * stream seeded by (seed, region); each record's contents from its own stream seeded by (seed,
 * region, record id). So a record can be built on demand, in any order, and comes out the same
 * every time: a region of 10,000 records costs a list of timestamps until somebody reads it.
 */
export class RegionGenerator {
  /** Hash of (seed, region), from which each record's stream is derived by its id. */
  readonly #recordSeed: number;
  readonly #ctx: RegionContext;
  readonly #pool: SourceResource[];

  constructor({ seed, region, city, poolSize }: RegionGeneratorInput) {
    this.#recordSeed = hashSeed(seed, region, 'record');
    this.#ctx = {
      region,
      city,
      rng: createRng(seed, region),
      accountId: accountIdFor(createRng(seed, 'account')),
    };
    this.#pool = createResourcePool(this.#ctx, Math.max(1, poolSize));
  }

  /** The region's own stream, which live mode keeps drawing from. */
  get rng(): Rng {
    return this.#ctx.rng;
  }

  /** Creation times (epoch ms) of `count` exports, newest first and strictly decreasing. */
  timeline(count: number, nowMs: number): number[] {
    const { rng } = this.#ctx;
    const meanGap = HISTORY_SPAN_MS / Math.max(count, 1);
    const times: number[] = new Array(count);
    // The newest export happened minutes ago, so a freshly started demo shows some still running.
    let t = nowMs - rng.int(2 * MINUTE, 90 * MINUTE);
    for (let i = 0; i < count; i++) {
      times[i] = t;
      t -= Math.max(1, Math.round(-Math.log(1 - rng.next()) * meanGap));
    }
    return times;
  }

  /**
   * Record `id` of the region, created at `createdAtMs`. Its state follows its age at `anchorMs`
   * (the clock the history was generated against) unless `state` is given.
   */
  build(id: number, createdAtMs: number, anchorMs: number, state?: RecordState): WireExportSnapshotRecord {
    const rng = rngFromHash(this.#recordSeed, id);
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
      state: state ?? stateForAge(rng, anchorMs - createdAtMs),
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
    if (record.state === 'Succeeded') addDestination(record, rng);
    return record;
  }

  /** Live mode: a running export ends, mostly well. */
  finish(record: WireExportSnapshotRecord): void {
    record.state = this.rng.chance(0.85) ? 'Succeeded' : 'Failed';
    if (record.state === 'Succeeded') addDestination(record, this.rng);
  }
}

function addDestination(record: WireExportSnapshotRecord, rng: Rng): void {
  const image = record.sourceInfo.resourceType === 'InstanceSnapshot';
  record.destinationInfo = {
    id: `${image ? 'ami' : 'snap'}-0${rng.hex(16)}`,
    service: image ? 'Aws::EC2::Image' : 'Aws::EC2::Snapshot',
  };
}

function stateForAge(rng: Rng, ageMs: number): RecordState {
  const running = ageMs < 30 * MINUTE ? 0.7 : ageMs < RUNNING_WINDOW_MS ? 0.25 : 0;
  if (rng.chance(running)) return 'Started';
  return rng.chance(0.08) ? 'Failed' : 'Succeeded';
}

/** Instances and disks per region: enough that names repeat now and then, as in a real account. */
export function poolSizeFor(count: number): number {
  return Math.min(400, Math.max(3, Math.ceil(count / 6)));
}
