import type { SimulatorStats } from './types';

/**
 * Requests seen after authentication, one entry per request, with the outcome: `ok`, the AWS
 * error type answered, or `aborted` when the client left first (the server's cancellation tests
 * read this).
 */
export class StatsRecorder {
  #requests: SimulatorStats['requests'] = [];
  #aborted = 0;

  record(operation: string, region: string, outcome: string): void {
    this.#requests.push({ operation, region, outcome });
  }

  /** A client left before its answer; requests that never got past authentication get no entry. */
  abort(request?: { operation: string; region: string }): void {
    this.#aborted++;
    if (request) this.record(request.operation, request.region, 'aborted');
  }

  snapshot(): SimulatorStats {
    return { requests: this.#requests.map((r) => ({ ...r })), aborted: this.#aborted };
  }

  reset(): void {
    this.#requests = [];
    this.#aborted = 0;
  }
}
