import {
  GetExportSnapshotRecordsCommand,
  GetRegionsCommand,
  LightsailClient,
  type LightsailClientConfig,
} from '@aws-sdk/client-lightsail';
import { REGION_NAMES, type RegionInfo, type RegionName } from '@export-ledger/contract';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { RequestAbortedError } from '../lib/abort';
import type { Logger } from '../lib/logger';
import type { Metrics } from '../lib/metrics';
import { toUpstreamError } from './error-map';
import { toContractRecord } from './to-contract';
import type { LightsailGateway, UpstreamPage } from './types';

export interface GatewayOptions {
  /** One endpoint for every region (a standalone simulator); absent means AWS's own endpoints. */
  endpoint?: string;
  /** Absent means the SDK's default credential chain (env, profile, SSO, instance role). */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** Regions to read (LIGHTSAIL_REGIONS); absent means every region GetRegions lists. */
  regions?: RegionName[];
  /** Where GetRegions is called. */
  discoveryRegion?: RegionName;
  connectTimeoutMs: number;
  /** Per attempt (the SDK throws when it passes), and by default the deadline of a whole call. */
  requestTimeoutMs: number;
  /** Deadline of one call including its retries; default requestTimeoutMs, so a hang costs one timeout. */
  callDeadlineMs?: number;
  maxAttempts: number;
  /** Fixed delay between retries; absent means the standard mode's exponential backoff. */
  retryDelayMs?: number;
  metrics?: Metrics;
  logger?: Logger;
}

/** Inside the SDK's retry loop (which runs in finalizeRequest), around each attempt's deserializer. */
const WATCH_STEP = { step: 'deserialize', priority: 'high', name: 'exportLedgerAttemptWatch' } as const;

type AttemptWatch = ReturnType<typeof watchAttempts>;

/**
 * Remembers the error of a call's latest attempt. When our deadline aborts a call while the SDK
 * waits to retry, the SDK throws a bare AbortError: this tells "Lightsail kept throttling us" from
 * "Lightsail never answered".
 */
function watchAttempts() {
  let lastError: unknown;
  return {
    lastError: () => lastError,
    middleware:
      <Args, Result>(next: (args: Args) => Promise<Result>) =>
      async (args: Args): Promise<Result> => {
        lastError = undefined;
        try {
          return await next(args);
        } catch (error) {
          lastError = error;
          throw error;
        }
      },
  };
}

/** The only module that talks to the AWS SDK. One client per region, created once. */
export function createLightsailGateway(options: GatewayOptions): LightsailGateway & { close(): void } {
  const requestHandler = new NodeHttpHandler({
    connectionTimeout: options.connectTimeoutMs,
    requestTimeout: options.requestTimeoutMs,
    // Without this the SDK only logs a warning when the timeout passes and keeps waiting.
    throwOnRequestTimeout: true,
  });
  const clients = new Map<RegionName, LightsailClient>();
  let discovered: Promise<RegionInfo[]> | undefined;
  let ready = false;

  function client(region: RegionName): LightsailClient {
    let existing = clients.get(region);
    if (!existing) {
      const config: LightsailClientConfig = {
        region,
        requestHandler,
        maxAttempts: options.maxAttempts,
        retryMode: 'standard',
        ...(options.retryDelayMs === undefined
          ? {}
          : { retryStrategy: new ConfiguredRetryStrategy(options.maxAttempts, options.retryDelayMs) }),
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
        ...(options.credentials ? { credentials: options.credentials } : {}),
      };
      existing = new LightsailClient(config);
      clients.set(region, existing);
    }
    return existing;
  }

  /** Runs one call with the client's signal and our deadline; counts it; maps its failure. */
  async function call<T>(
    region: RegionName,
    operation: string,
    signal: AbortSignal | undefined,
    send: (abortSignal: AbortSignal, watch: AttemptWatch['middleware']) => Promise<T>,
  ): Promise<T> {
    if (signal?.aborted) throw new RequestAbortedError();
    // A deadline over the whole call, retries included, so a hang cannot outlast the timeout.
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), options.callDeadlineMs ?? options.requestTimeoutMs);
    const attempts = watchAttempts();
    try {
      const abortSignal = signal ? AbortSignal.any([signal, deadline.signal]) : deadline.signal;
      const result = await send(abortSignal, attempts.middleware);
      options.metrics?.upstreamCalls.inc({ region, operation, outcome: 'ok' });
      return result;
    } catch (error) {
      const mapped = toUpstreamError(
        error,
        region,
        { client: signal, deadline: deadline.signal },
        attempts.lastError(),
      );
      const outcome = mapped instanceof RequestAbortedError ? 'aborted' : mapped.kind;
      options.metrics?.upstreamCalls.inc({ region, operation, outcome });
      if (!(mapped instanceof RequestAbortedError)) {
        options.logger?.warn(
          { region, operation, kind: outcome, sdkError: errorName(error) },
          'upstream call failed',
        );
      }
      throw mapped;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Shared by every caller, so it runs on its own deadline, never on one browser request's signal. */
  async function discover(): Promise<RegionInfo[]> {
    const home = options.discoveryRegion ?? options.regions?.[0] ?? 'us-east-1';
    try {
      const output = await call(home, 'GetRegions', undefined, (abortSignal, watch) => {
        const command = new GetRegionsCommand({ includeAvailabilityZones: false });
        command.middlewareStack.add(watch, WATCH_STEP);
        return client(home).send(command, { abortSignal });
      });
      const listed: RegionInfo[] = (output.regions ?? []).flatMap((region) =>
        region.name && (REGION_NAMES as readonly string[]).includes(region.name)
          ? [
              {
                name: region.name,
                displayName: region.displayName ?? region.name,
                continentCode: region.continentCode,
              },
            ]
          : [],
      );
      if (!options.regions) return listed.sort((a, b) => a.name.localeCompare(b.name));
      return options.regions.map(
        (name) => listed.find((region) => region.name === name) ?? { name, displayName: name },
      );
    } catch (error) {
      // A fixed region list works without GetRegions (e.g. a policy without lightsail:GetRegions).
      if (options.regions) {
        return options.regions.map((name) => ({ name, displayName: name }));
      }
      throw error;
    }
  }

  return {
    async regions(signal) {
      if (!discovered) {
        discovered = discover().then(
          (regions) => {
            ready = true;
            return regions;
          },
          (error: unknown) => {
            discovered = undefined; // retried by the next caller
            throw error;
          },
        );
      }
      return abandonable(discovered, signal);
    },
    isReady: () => ready,
    async getPage(region, pageToken, signal): Promise<UpstreamPage> {
      const output = await call(region, 'GetExportSnapshotRecords', signal, (abortSignal, watch) => {
        const command = new GetExportSnapshotRecordsCommand(pageToken ? { pageToken } : {});
        command.middlewareStack.add(watch, WATCH_STEP);
        return client(region).send(command, { abortSignal });
      });
      const raw = output.exportSnapshotRecords ?? [];
      const records = raw.flatMap((record) => toContractRecord(record, region) ?? []);
      if (records.length !== raw.length) {
        options.logger?.warn({ region, skipped: raw.length - records.length }, 'skipped malformed records');
      }
      return { records, nextPageToken: output.nextPageToken || null };
    },
    close() {
      for (const each of clients.values()) each.destroy();
      clients.clear();
      requestHandler.destroy();
    },
  };
}

/** Lets one caller stop waiting for a shared promise without cancelling it for the others. */
function abandonable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new RequestAbortedError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new RequestAbortedError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
