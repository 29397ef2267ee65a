import { randomBytes } from 'node:crypto';
import type { AppDeps } from './app';
import type { Config } from './config';
import type { Logger } from './lib/logger';
import { createMetrics } from './lib/metrics';
import { startEmbeddedSimulator } from './lightsail/embedded-simulator';
import { createLightsailGateway } from './lightsail/gateway';
import { createPageCache } from './lightsail/page-cache';
import { createRecordsService } from './records/records-service';

export interface Composition {
  deps: AppDeps;
  /** Releases the clients and, in simulator mode, stops the embedded simulator. */
  close(): Promise<void>;
}

/** Builds the real dependencies from the configuration: the only place that knows both modes. */
export async function compose(config: Config, logger: Logger, version: string): Promise<Composition> {
  const simulator =
    config.LIGHTSAIL_SOURCE === 'simulator' ? await startEmbeddedSimulator(config) : undefined;
  const metrics = createMetrics();
  const now = () => Date.now();
  const gateway = createLightsailGateway({
    ...(simulator
      ? { endpoint: simulator.url, credentials: simulator.credentials }
      : config.LIGHTSAIL_ENDPOINT
        ? { endpoint: config.LIGHTSAIL_ENDPOINT }
        : {}),
    ...(config.LIGHTSAIL_REGIONS ? { regions: config.LIGHTSAIL_REGIONS } : {}),
    connectTimeoutMs: config.UPSTREAM_CONNECT_TIMEOUT_MS,
    requestTimeoutMs: config.UPSTREAM_TIMEOUT_MS,
    maxAttempts: config.UPSTREAM_MAX_ATTEMPTS,
    metrics,
    logger,
  });
  // Discover the regions now so /readyz turns ready soon; a failure is retried by the next request.
  gateway
    .regions()
    .catch((error: unknown) => logger.warn({ err: error }, 'region discovery failed; will retry'));
  const cache = createPageCache(gateway.getPage, {
    ttlMs: config.CACHE_TTL_MS,
    maxPages: config.CACHE_MAX_PAGES,
    now,
    metrics,
  });
  const records = createRecordsService({
    gateway,
    readPage: cache.read,
    readPageThrough: cache.readThrough,
    cursorSecret: config.CURSOR_SECRET ? Buffer.from(config.CURSOR_SECRET) : randomBytes(32),
    ...(config.UPSTREAM_PAGE_BUDGET === undefined ? {} : { pageBudget: config.UPSTREAM_PAGE_BUDGET }),
    now,
    lookupTtlMs: config.CACHE_TTL_MS,
  });
  return {
    deps: {
      logger,
      meta: { source: config.LIGHTSAIL_SOURCE, version },
      records,
      isReady: gateway.isReady,
      metrics,
      now,
      rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    },
    async close() {
      gateway.close();
      await simulator?.close();
    },
  };
}
