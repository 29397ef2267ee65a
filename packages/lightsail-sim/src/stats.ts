import type { SimulatorStats } from './types';

/** Enough for any test or benchmark; a long-running demo must not grow without bound. */
export const MAX_STATS_ENTRIES = 100_000;

type Entry = SimulatorStats['requests'][number];

/**
 * Requests seen after authentication, one entry per request, with the outcome: `ok`, the AWS
 * error type answered, or `aborted` when the client left first (the server's cancellation tests
 * read this). Only the most recent `maxEntries` are kept, in a ring, because the embedded
 * simulator of `npm start` records every request for as long as the server runs.
 */
export class StatsRecorder {
  #ring: Entry[] = [];
  #next = 0;
  #aborted = 0;

  constructor(private readonly maxEntries = MAX_STATS_ENTRIES) {}

  record(operation: string, region: string, outcome: string): void {
    const entry = { operation, region, outcome };
    if (this.#ring.length < this.maxEntries) this.#ring.push(entry);
    else this.#ring[this.#next] = entry;
    this.#next = (this.#next + 1) % this.maxEntries;
  }

  /** A client left before its answer; requests that never got past authentication get no entry. */
  abort(request?: { operation: string; region: string }): void {
    this.#aborted++;
    if (request) this.record(request.operation, request.region, 'aborted');
  }

  snapshot(): SimulatorStats {
    const full = this.#ring.length === this.maxEntries;
    const ordered = full ? [...this.#ring.slice(this.#next), ...this.#ring.slice(0, this.#next)] : this.#ring;
    return { requests: ordered.map((r) => ({ ...r })), aborted: this.#aborted };
  }

  reset(): void {
    this.#ring = [];
    this.#next = 0;
    this.#aborted = 0;
  }
}
