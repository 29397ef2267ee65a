import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** One registry per app instance (never the global default), so tests can build several apps. */
export function createMetrics() {
  const registry = new Registry();
  return {
    registry,
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Latency of HTTP requests by route and status.',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    upstreamCalls: new Counter({
      name: 'lightsail_upstream_calls_total',
      help: 'Calls to Lightsail by region, operation and outcome (ok or an error kind).',
      labelNames: ['region', 'operation', 'outcome'] as const,
      registers: [registry],
    }),
    cacheHits: new Counter({
      name: 'page_cache_hits_total',
      help: 'Page reads answered from the page cache or joined to an identical call in flight.',
      labelNames: ['kind'] as const,
      registers: [registry],
    }),
    cachePages: new Gauge({
      name: 'page_cache_pages',
      help: 'Pages held in the page cache.',
      registers: [registry],
    }),
    cacheMisses: new Counter({
      name: 'page_cache_misses_total',
      help: 'Page reads that had to call Lightsail.',
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
