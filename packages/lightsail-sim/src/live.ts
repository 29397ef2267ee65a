import type { Dataset } from './dataset';

export const DEFAULT_LIVE_INTERVAL_MS = 3000;

/**
 * Live mode: on each tick, running exports in the regions served so far may finish and a new one
 * may start at the top. Regions never read stay as generated: nobody is watching them, and
 * generating them all on the first tick would stall the event loop.
 */
export class LiveUpdater {
  readonly #dataset: Dataset;
  readonly #now: () => number;
  #timer: NodeJS.Timeout | undefined;

  constructor(dataset: Dataset, now: () => number) {
    this.#dataset = dataset;
    this.#now = now;
  }

  start(intervalMs: number): void {
    this.stop();
    this.#timer = setInterval(() => this.tick(), intervalMs);
    this.#timer.unref();
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  tick(): void {
    for (const region of this.#dataset.regions) {
      const store = this.#dataset.generated(region);
      if (!store) continue;
      const { rng } = store.generator;
      for (const record of store.running()) {
        if (rng.chance(0.4)) store.generator.finish(record);
      }
      if (rng.chance(0.35)) {
        const top = store.page(undefined, 1).records[0];
        // Strictly newer than the top record, so the order stays total without tie-breaks.
        store.add(Math.max(this.#now(), top ? Math.round(top.createdAt * 1000) + 1 : 0), 'Started');
      }
    }
  }
}
