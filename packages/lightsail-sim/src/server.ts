import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleAwsRequest } from './aws-handler';
import { CONTROL_PREFIX, handleControl } from './control-routes';
import { Dataset } from './dataset';
import {
  DEFAULT_CREDENTIALS,
  DEFAULT_HOST,
  DEFAULT_PAGE_SIZE,
  DEFAULT_RECORDS,
  DEFAULT_SEED,
  MAX_PAGE_SIZE,
} from './defaults';
import { FaultController, parseFaults } from './faults';
import { DEFAULT_LIVE_INTERVAL_MS, LiveUpdater } from './live';
import { REGION_NAMES } from './regions';
import type { Credentials } from './sigv4';
import { StatsRecorder } from './stats';
import type { RegionFaults, Simulator, SimulatorOptions } from './types';

/** Starts a simulator and resolves once it accepts connections. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const config = resolveOptions(options);
  const dataset = new Dataset({
    seed: config.seed,
    regions: config.regions,
    counts: config.counts,
    nowMs: config.dataNowMs,
  });
  const faults = new FaultController(config.faults);
  const stats = new StatsRecorder();
  const live = new LiveUpdater(dataset, config.now);
  const deps = { dataset, faults, stats, credentials: config.credentials, pageSize: config.pageSize };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const handled = (req.url ?? '').startsWith(CONTROL_PREFIX)
      ? handleControl(req, res, deps)
      : handleAwsRequest(req, res, deps);
    handled.catch((error: unknown) => {
      console.error('lightsail-sim: request failed', error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  // Longer than the SDK's idle sockets live, so a reused connection is not closed under a request.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  // Garbage that is not HTTP at all gets a plain 400 instead of an 'error' event that kills the process.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  if (config.liveIntervalMs !== undefined) live.start(config.liveIntervalMs);

  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    credentials: { ...config.credentials },
    regions: [...config.regions],
    records: (region) => (dataset.has(region) ? dataset.store(region).all() : []),
    setFaults: (region, value: RegionFaults) => faults.set(region, parseFaults(value)),
    clearFaults: (region) => faults.clear(region),
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
    tick: () => live.tick(),
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        live.stop();
        server.close(() => resolve());
        // Hanging and keep-alive connections would hold close() open forever.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

interface ResolvedOptions {
  port: number;
  host: string;
  seed: number;
  regions: string[];
  counts: { perRegion: number } | { total: number };
  pageSize: number;
  credentials: Credentials;
  faults: Record<string, RegionFaults>;
  liveIntervalMs: number | undefined;
  now: () => number;
  /** The instant the data is generated back from. */
  dataNowMs: number;
}

const HOUR_MS = 3_600_000;

/** Refuses bad options with a message naming the option, before anything listens. */
function resolveOptions(options: SimulatorOptions): ResolvedOptions {
  const regions = options.regions ?? [...REGION_NAMES];
  const unknown = regions.filter((r) => !REGION_NAMES.includes(r));
  if (unknown.length > 0) throw new Error(`Unknown Lightsail region(s): ${unknown.join(', ')}`);
  if (regions.length === 0) throw new Error('regions must name at least one region');
  const integer = (name: string, value: number | undefined, min: number, max: number) => {
    if (value !== undefined && !(Number.isInteger(value) && value >= min && value <= max)) {
      throw new Error(`${name} must be an integer from ${min} to ${max}, got ${value}`);
    }
    return value;
  };
  integer('port', options.port, 0, 65535);
  integer('seed', options.seed, -(2 ** 53), 2 ** 53);
  integer('records', options.records, 0, 10_000_000);
  integer('recordsPerRegion', options.recordsPerRegion, 0, 1_000_000);
  integer('pageSize', options.pageSize, 1, MAX_PAGE_SIZE);
  const live = options.live;
  const liveIntervalMs = live
    ? ((typeof live === 'object' ? live.intervalMs : undefined) ?? DEFAULT_LIVE_INTERVAL_MS)
    : undefined;
  integer('live.intervalMs', liveIntervalMs, 10, 86_400_000);
  const credentials: Credentials = options.credentials ?? DEFAULT_CREDENTIALS;
  if (!credentials.accessKeyId || !credentials.secretAccessKey || credentials.sessionToken === '')
    throw new Error('credentials must not be empty');
  const faults: Record<string, RegionFaults> = {};
  for (const [region, value] of Object.entries(options.faults ?? {})) {
    if (region !== '*' && !regions.includes(region))
      throw new Error(`faults name a region not served: ${region}`);
    faults[region] = parseFaults(value);
  }
  return {
    port: options.port ?? 0,
    host: options.host ?? DEFAULT_HOST,
    seed: options.seed ?? DEFAULT_SEED,
    regions: [...new Set(regions)],
    counts:
      options.recordsPerRegion !== undefined
        ? { perRegion: options.recordsPerRegion }
        : { total: options.records ?? DEFAULT_RECORDS },
    pageSize: options.pageSize ?? DEFAULT_PAGE_SIZE,
    credentials: { ...credentials },
    faults,
    liveIntervalMs,
    now: options.now ?? Date.now,
    // Unpinned, the data is anchored to the start of the current UTC hour rather than to this
    // millisecond: two runs with the same seed within the hour serve byte-identical records, and
    // the newest exports are still minutes to an hour or two old.
    dataNowMs: options.now ? options.now() : Math.floor(Date.now() / HOUR_MS) * HOUR_MS,
  };
}
