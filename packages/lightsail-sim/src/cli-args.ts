import { parseArgs } from 'node:util';
import { MAX_LATENCY_MS, parseFaults } from './faults';
import { DEFAULT_LIVE_INTERVAL_MS } from './live';
import { REGION_NAMES } from './regions';
import type { RegionFaults, SimulatorOptions } from './types';

export const USAGE = `Usage: pnpm sim [options]
  --port N                  port to listen on (default 4566; 0 picks a free one)
  --host H                  address to bind (default 127.0.0.1)
  --seed N                  data seed (default 1)
  --records N               records spread unevenly across regions (default 1500)
  --records-per-region N    exact records in every region (overrides --records)
  --regions a,b             regions served (default: all 20 Lightsail regions)
  --page-size N             records per GetExportSnapshotRecords page (default 25)
  --latency-ms N            added latency, every region
  --throttle-rate R         share of requests throttled, 0..1
  --error-rate R            share of requests answered with ServiceException, 0..1
  --deny-regions a,b        regions answering AccessDeniedException
  --setting-up-regions a,b  regions answering AccountSetupInProgressException
  --faults JSON             faults per region, e.g. '{"eu-west-2":{"latencyMs":300,"hang":false}}'
  --live                    running exports finish and new ones appear
  --live-interval-ms N      live mode step (default ${DEFAULT_LIVE_INTERVAL_MS})
  --now ISO                 pin the clock the data is generated against (default: the start of
                            the current UTC hour, so runs within the hour serve identical data)
  --access-key-id X         access key SigV4 is checked against
  --secret-access-key Y     its secret
  --session-token T         temporary credentials: requests must carry this token (else none)
  --help`;

export class UsageError extends Error {}

/** Turns argv into startSimulator options, refusing any bad value with a message naming the flag. */
export function parseCliArgs(argv: string[]): SimulatorOptions | 'help' {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return 'help';
  const options: SimulatorOptions = { port: int('--port', values.port, 0, 65535) ?? 4566 };
  if (values.host !== undefined) options.host = values.host;
  assign(options, 'seed', int('--seed', values.seed, -(2 ** 53), 2 ** 53));
  assign(options, 'records', int('--records', values.records, 0, 10_000_000));
  assign(
    options,
    'recordsPerRegion',
    int('--records-per-region', values['records-per-region'], 0, 1_000_000),
  );
  assign(options, 'pageSize', int('--page-size', values['page-size'], 1, 1000));
  assign(options, 'regions', regions('--regions', values.regions));
  const intervalMs = int('--live-interval-ms', values['live-interval-ms'], 10, 86_400_000);
  if (values.live || intervalMs !== undefined)
    options.live = intervalMs === undefined ? true : { intervalMs };
  if (values.now !== undefined) {
    const pinned = Date.parse(values.now);
    if (Number.isNaN(pinned)) throw new UsageError(`--now must be an ISO-8601 date, got "${values.now}"`);
    options.now = () => pinned;
  }
  const keyId = values['access-key-id'];
  const secret = values['secret-access-key'];
  if ((keyId === undefined) !== (secret === undefined)) {
    throw new UsageError('--access-key-id and --secret-access-key go together');
  }
  const token = values['session-token'];
  if (token !== undefined && keyId === undefined) {
    throw new UsageError('--session-token needs --access-key-id and --secret-access-key');
  }
  if (token === '') throw new UsageError('--session-token must not be empty');
  if (keyId !== undefined && secret !== undefined)
    options.credentials = {
      accessKeyId: keyId,
      secretAccessKey: secret,
      ...(token === undefined ? {} : { sessionToken: token }),
    };
  const faults = faultsFromFlags(values, options.regions);
  if (Object.keys(faults).length > 0) options.faults = faults;
  return options;
}

function parse(argv: string[]) {
  const string = { type: 'string' } as const;
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      port: string,
      host: string,
      seed: string,
      records: string,
      'records-per-region': string,
      regions: string,
      'page-size': string,
      'latency-ms': string,
      'throttle-rate': string,
      'error-rate': string,
      'deny-regions': string,
      'setting-up-regions': string,
      faults: string,
      live: { type: 'boolean' },
      'live-interval-ms': string,
      now: string,
      'access-key-id': string,
      'secret-access-key': string,
      'session-token': string,
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function faultsFromFlags(
  values: ReturnType<typeof parse>['values'],
  served: string[] | undefined,
): Record<string, RegionFaults> {
  // A fault for a region --regions leaves out would only be refused later, by startSimulator,
  // without naming the flag (and with exit status 1).
  const check = (flag: string, list: string[]) => {
    const outside = list.filter((r) => r !== '*' && served !== undefined && !served.includes(r));
    if (outside.length > 0) {
      throw new UsageError(`${flag} names region(s) that --regions does not serve: ${outside.join(', ')}`);
    }
    return list;
  };
  const faults = faultsJson(values.faults);
  check('--faults', Object.keys(faults));
  const all: RegionFaults = { ...faults['*'] };
  assign(all, 'latencyMs', int('--latency-ms', values['latency-ms'], 0, MAX_LATENCY_MS));
  assign(all, 'throttleRate', rate('--throttle-rate', values['throttle-rate']));
  assign(all, 'errorRate', rate('--error-rate', values['error-rate']));
  if (Object.keys(all).length > 0) faults['*'] = all;
  for (const region of check('--deny-regions', regions('--deny-regions', values['deny-regions']) ?? [])) {
    faults[region] = { ...faults[region], accessDenied: true };
  }
  for (const region of check(
    '--setting-up-regions',
    regions('--setting-up-regions', values['setting-up-regions']) ?? [],
  )) {
    faults[region] = { ...faults[region], settingUp: true };
  }
  return faults;
}

/** `--faults '{"eu-west-2":{"latencyMs":300}}'`: any faults per region, as the control route takes them. */
function faultsJson(raw: string | undefined): Record<string, RegionFaults> {
  if (raw === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new UsageError(`--faults must be JSON, got "${raw}"`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new UsageError('--faults must be a JSON object of region (or "*") to faults');
  }
  const faults: Record<string, RegionFaults> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (key !== '*') regions('--faults', key);
    try {
      faults[key] = parseFaults(value);
    } catch (error) {
      throw new UsageError(`--faults for ${key}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return faults;
}

function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

function int(flag: string, raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!/^-?\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`${flag} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function rate(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (raw.trim() === '' || !(value >= 0 && value <= 1))
    throw new UsageError(`${flag} must be a number from 0 to 1, got "${raw}"`);
  return value;
}

function regions(flag: string, raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  const list = raw
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  const unknown = list.filter((r) => !REGION_NAMES.includes(r));
  if (list.length === 0 || unknown.length > 0) {
    throw new UsageError(`${flag} must list Lightsail regions (${REGION_NAMES.join(', ')}), got "${raw}"`);
  }
  return list;
}
