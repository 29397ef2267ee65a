import { poolSizeFor, RegionGenerator } from './data/generator';
import { spreadRecords } from './data/spread';
import { regionInfo } from './regions';
import { RegionStore } from './store';

export interface DatasetOptions {
  seed: number;
  regions: readonly string[];
  /** Exact count per region, or a total spread unevenly. */
  counts: { perRegion: number } | { total: number };
  /** Anchor of the generated history, epoch ms, fixed at start so the data does not drift. */
  nowMs: number;
}

/**
 * Every served region's records. A region's timeline is generated on first use and its records
 * on demand (see RegionStore), so start-up stays instant with hundreds of thousands of records;
 * each region has its own seeded streams, so the result is the same whichever is touched first.
 */
export class Dataset {
  readonly #options: DatasetOptions;
  readonly #counts: Map<string, number>;
  readonly #stores = new Map<string, RegionStore>();

  constructor(options: DatasetOptions) {
    this.#options = options;
    const { counts, regions, seed } = options;
    this.#counts =
      'perRegion' in counts
        ? new Map(regions.map((r) => [r, counts.perRegion]))
        : spreadRecords(seed, regions, counts.total);
  }

  get regions(): readonly string[] {
    return this.#options.regions;
  }

  has(region: string): boolean {
    return this.#counts.has(region);
  }

  /** The region's store if it has been generated already. */
  generated(region: string): RegionStore | undefined {
    return this.#stores.get(region);
  }

  /** The region's store, generating it on first use. Throws for a region that is not served. */
  store(region: string): RegionStore {
    const existing = this.#stores.get(region);
    if (existing) return existing;
    const count = this.#counts.get(region);
    if (count === undefined) throw new Error(`Region ${region} is not served by this simulator`);
    const city = regionInfo(region)?.city ?? region.replace(/[^a-z0-9]/gi, '');
    const generator = new RegionGenerator({
      seed: this.#options.seed,
      region,
      city,
      poolSize: poolSizeFor(count),
    });
    const store = new RegionStore(region, generator, count, this.#options.nowMs);
    this.#stores.set(region, store);
    return store;
  }
}
