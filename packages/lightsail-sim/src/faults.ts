import type { RegionFaults } from './types';

/** Node timers cannot wait longer than 2^31-1 ms (they fire after 1 ms instead); `hang` is for "forever". */
export const MAX_LATENCY_MS = 600_000;

const FAULT_KEYS = ['latencyMs', 'throttleRate', 'errorRate', 'accessDenied', 'settingUp', 'hang'] as const;

/**
 * Validates a fault object from an operator (control route body or flags): unknown keys and values
 * out of range are refused, so a typo never silently does nothing.
 */
export function parseFaults(input: unknown): RegionFaults {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new Error('faults must be a JSON object');
  }
  const faults: RegionFaults = {};
  for (const [key, value] of Object.entries(input)) {
    if (!(FAULT_KEYS as readonly string[]).includes(key)) throw new Error(`unknown fault "${key}"`);
    if (value === undefined || value === null) continue;
    if (key === 'latencyMs') {
      if (typeof value !== 'number' || !(value >= 0 && value <= MAX_LATENCY_MS)) {
        throw new Error(`latencyMs must be a number from 0 to ${MAX_LATENCY_MS}`);
      }
      faults.latencyMs = value;
    } else if (key === 'throttleRate' || key === 'errorRate') {
      if (typeof value !== 'number' || !(value >= 0 && value <= 1))
        throw new Error(`${key} must be a number in [0, 1]`);
      faults[key] = value;
    } else {
      if (typeof value !== 'boolean') throw new Error(`${key} must be true or false`);
      faults[key as 'accessDenied' | 'settingUp' | 'hang'] = value;
    }
  }
  return faults;
}

/** What to do with one request, decided once it is authenticated. */
export type FaultDecision = 'accessDenied' | 'settingUp' | 'throttle' | 'error' | undefined;

/**
 * Holds the faults per region ('*' for all; a region's own entry wins field by field) and decides
 * each request's fate. Rates use error diffusion rather than dice: a rate of 0.5 faults exactly
 * every other request (starting with the first), so "retried, then succeeds" is certain for any
 * rate up to 2/3 with the SDK's 3 attempts, and tests never flake.
 */
export class FaultController {
  readonly #faults = new Map<string, RegionFaults>();
  readonly #credit = new Map<string, number>();
  readonly #hangWaiters = new Set<{ region: string; release: () => void }>();

  constructor(initial: Record<string, RegionFaults> = {}) {
    for (const [region, faults] of Object.entries(initial)) this.set(region, faults);
  }

  set(region: string, faults: RegionFaults): void {
    this.#faults.set(region, { ...faults });
    this.#releaseHangs();
  }

  clear(region?: string): void {
    if (region === undefined) this.#faults.clear();
    else this.#faults.delete(region);
    this.#credit.clear();
    this.#releaseHangs();
  }

  /** The configured faults per key, as set. */
  snapshot(): Record<string, RegionFaults> {
    return Object.fromEntries([...this.#faults].map(([k, v]) => [k, { ...v }]));
  }

  effective(region: string): RegionFaults {
    return { ...this.#faults.get('*'), ...this.#faults.get(region) };
  }

  /** Resolves when the region no longer hangs (or at once); `signal` lets a departed client stop waiting. */
  waitWhileHanging(region: string, signal: AbortSignal): Promise<void> {
    if (!this.effective(region).hang) return Promise.resolve();
    return new Promise((resolve) => {
      const waiter = { region, release: () => done() };
      const done = () => {
        this.#hangWaiters.delete(waiter);
        signal.removeEventListener('abort', done);
        resolve();
      };
      this.#hangWaiters.add(waiter);
      signal.addEventListener('abort', done, { once: true });
    });
  }

  decide(region: string): FaultDecision {
    const faults = this.effective(region);
    if (faults.accessDenied) return 'accessDenied';
    if (faults.settingUp) return 'settingUp';
    if (this.#draw(`${region}:throttle`, faults.throttleRate)) return 'throttle';
    if (this.#draw(`${region}:error`, faults.errorRate)) return 'error';
    return undefined;
  }

  #draw(key: string, rate: number | undefined): boolean {
    if (!rate) return false;
    // The first request of a faulty region faults, so a short test sees the fault at once.
    const credit = (this.#credit.get(key) ?? 1 - rate) + rate;
    const fire = credit >= 1 - 1e-9;
    this.#credit.set(key, fire ? credit - 1 : credit);
    return fire;
  }

  #releaseHangs(): void {
    for (const waiter of [...this.#hangWaiters]) {
      if (!this.effective(waiter.region).hang) waiter.release();
    }
  }
}
