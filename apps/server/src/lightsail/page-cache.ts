import type { RegionName } from '@export-ledger/contract';
import { RequestAbortedError } from '../lib/abort';
import type { Metrics } from '../lib/metrics';
import type { PageReader, UpstreamPage } from './types';

export interface PageCacheOptions {
  ttlMs: number;
  /** Pages kept at most; the least recently used goes first. */
  maxPages: number;
  now: () => number;
  metrics?: Metrics;
}

interface Flight {
  promise: Promise<UpstreamPage>;
  controller: AbortController;
  waiters: number;
  settled: boolean;
  /** Whether the page is remembered once it arrives (exports only read through). */
  store: boolean;
}

/**
 * Pages by (region, page token) for a short TTL, and identical calls in flight joined into one.
 * A joined call is cancelled upstream only when every request waiting on it has gone away.
 */
export function createPageCache(fetchPage: PageReader, options: PageCacheOptions) {
  const pages = new Map<string, { page: UpstreamPage; expiresAt: number }>();
  const flights = new Map<string, Flight>();

  function start(key: string, region: RegionName, token: string | null, store: boolean): Flight {
    const controller = new AbortController();
    const flight: Flight = {
      controller,
      waiters: 0,
      settled: false,
      store,
      promise: Promise.resolve({} as UpstreamPage),
    };
    flight.promise = fetchPage(region, token, controller.signal).then(
      (page) => {
        flight.settled = true;
        if (flights.get(key) === flight) flights.delete(key);
        if (options.ttlMs > 0 && flight.store) remember(key, page);
        return page;
      },
      (error: unknown) => {
        flight.settled = true;
        if (flights.get(key) === flight) flights.delete(key);
        throw error;
      },
    );
    // Waiters handle the outcome; this keeps an abandoned call from being an unhandled rejection.
    flight.promise.catch(() => undefined);
    flights.set(key, flight);
    return flight;
  }

  function remember(key: string, page: UpstreamPage): void {
    pages.delete(key);
    pages.set(key, { page, expiresAt: options.now() + options.ttlMs });
    while (pages.size > options.maxPages) {
      const oldest = pages.keys().next().value;
      if (oldest === undefined) break;
      pages.delete(oldest);
    }
    options.metrics?.cachePages.set(pages.size);
  }

  function join(key: string, flight: Flight, signal?: AbortSignal): Promise<UpstreamPage> {
    return new Promise<UpstreamPage>((resolve, reject) => {
      let done = false;
      flight.waiters += 1;
      const leave = () => {
        done = true;
        flight.waiters -= 1;
        signal?.removeEventListener('abort', onAbort);
      };
      const onAbort = () => {
        if (done) return;
        leave();
        if (flight.waiters === 0 && !flight.settled) {
          if (flights.get(key) === flight) flights.delete(key);
          flight.controller.abort(new RequestAbortedError());
        }
        reject(new RequestAbortedError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      flight.promise.then(
        (page) => {
          if (done) return;
          leave();
          resolve(page);
        },
        (error: unknown) => {
          if (done) return;
          leave();
          reject(error);
        },
      );
    });
  }

  async function lookup(
    region: RegionName,
    token: string | null,
    signal: AbortSignal | undefined,
    store: boolean,
  ): Promise<UpstreamPage> {
    if (signal?.aborted) throw new RequestAbortedError();
    const key = `${region}\u0000${token ?? ''}`;
    const cached = pages.get(key);
    if (cached && cached.expiresAt > options.now()) {
      options.metrics?.cacheHits.inc({ kind: 'cache' });
      pages.delete(key);
      pages.set(key, cached);
      return cached.page;
    }
    if (cached) pages.delete(key);
    let flight = flights.get(key);
    if (flight) {
      options.metrics?.cacheHits.inc({ kind: 'coalesced' });
      flight.store ||= store;
    } else {
      options.metrics?.cacheMisses.inc();
      flight = start(key, region, token, store);
    }
    return join(key, flight, signal);
  }

  /** Cache first, then one (joined) upstream call; the page is remembered for the TTL. */
  const read: PageReader = (region, token, signal) => lookup(region, token, signal, true);
  /**
   * The same, without remembering new pages: a long export would otherwise fill the cache with
   * the whole selection and hold it in memory.
   */
  const readThrough: PageReader = (region, token, signal) => lookup(region, token, signal, false);

  return { read, readThrough, clear: () => pages.clear(), size: () => pages.size };
}

export type PageCache = ReturnType<typeof createPageCache>;
