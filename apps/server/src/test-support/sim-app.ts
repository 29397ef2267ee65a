import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ExportRecord } from '@export-ledger/contract';
import { type Simulator, type SimulatorOptions, startSimulator } from '@export-ledger/lightsail-sim';
import { createApp } from '../app';
import { createLogger, type Logger } from '../lib/logger';
import { createMetrics } from '../lib/metrics';
import { createLightsailGateway, type GatewayOptions } from '../lightsail/gateway';
import { createPageCache } from '../lightsail/page-cache';
import { createRecordsService } from '../records/records-service';

export interface SimAppOptions {
  sim?: SimulatorOptions;
  gateway?: Partial<GatewayOptions>;
  cacheTtlMs?: number;
  pageBudget?: number;
  rateLimitPerMinute?: number;
  logger?: Logger;
  now?: () => number;
}

export interface SimApp {
  sim: Simulator;
  baseUrl: string;
  get(path: string, init?: RequestInit): Promise<Response>;
  /** Upstream GetExportSnapshotRecords calls the simulator has seen. */
  recordCalls(): number;
  close(): Promise<void>;
}

/**
 * The real app over real HTTP: a simulator on port 0 (SigV4 on), the SDK gateway pointed at it, the
 * page cache and the service, and the app listening on port 0. No mocks anywhere.
 */
export async function startSimApp(options: SimAppOptions = {}): Promise<SimApp> {
  const sim = await startSimulator({ port: 0, ...options.sim });
  const metrics = createMetrics();
  const now = options.now ?? (() => Date.now());
  const gateway = createLightsailGateway({
    endpoint: sim.url,
    credentials: sim.credentials,
    connectTimeoutMs: 1000,
    requestTimeoutMs: 5000,
    maxAttempts: 3,
    retryDelayMs: 5,
    metrics,
    ...options.gateway,
  });
  const cache = createPageCache(gateway.getPage, {
    ttlMs: options.cacheTtlMs ?? 10_000,
    maxPages: 5000,
    now,
    metrics,
  });
  const records = createRecordsService({
    gateway,
    readPage: cache.read,
    readPageThrough: cache.readThrough,
    cursorSecret: randomBytes(32),
    ...(options.pageBudget === undefined ? {} : { pageBudget: options.pageBudget }),
    now,
    lookupTtlMs: 10_000,
  });
  const app = createApp({
    logger: options.logger ?? createLogger('silent'),
    meta: { source: 'simulator', version: '9.9.9' },
    records,
    isReady: gateway.isReady,
    metrics,
    now,
    rateLimitPerMinute: options.rateLimitPerMinute ?? 1_000_000,
  });
  const server: Server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    sim,
    baseUrl,
    get: (path, init) => fetch(`${baseUrl}${path}`, init),
    recordCalls: () => sim.stats().requests.filter((r) => r.operation === 'GetExportSnapshotRecords').length,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      gateway.close();
      await sim.close();
    },
  };
}

/** The simulator's ground truth for some regions, in the API's order, as contract-shaped keys. */
export function truthArns(
  sim: Simulator,
  regions: readonly string[],
  keep: (record: WireLike) => boolean = () => true,
) {
  return regions
    .flatMap((region) => sim.records(region))
    .filter(keep)
    .sort((a, b) => b.createdAt - a.createdAt || (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0))
    .map((record) => record.arn);
}
type WireLike = ReturnType<Simulator['records']>[number];

/** Follows nextCursor from the first page to the end; returns every record and the page count. */
export async function pageThrough(
  app: SimApp,
  query: string,
): Promise<{ records: ExportRecord[]; pages: number }> {
  const records: ExportRecord[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const separator = query ? '&' : '';
    const path: string = `/api/records?${query}${cursor ? `${separator}cursor=${encodeURIComponent(cursor)}` : ''}`;
    const response = await app.get(path);
    if (response.status !== 200)
      throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
    const page = (await response.json()) as { records: ExportRecord[]; nextCursor: string | null };
    records.push(...page.records);
    cursor = page.nextCursor;
    pages += 1;
    if (pages > 100_000) throw new Error('cursor never ended');
  } while (cursor !== null);
  return { records, pages };
}
