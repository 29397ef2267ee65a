import type { Health, Meta } from '@export-ledger/contract';
import { Router } from 'express';
import type { Metrics } from '../lib/metrics';

/** Liveness, readiness, what the server reads from, and Prometheus metrics. */
export function systemRoutes(deps: { meta: Meta; isReady: () => boolean; metrics: Metrics }): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' } satisfies Health);
  });
  router.get('/readyz', (_req, res) => {
    const ready = deps.isReady();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'starting' } satisfies Health);
  });
  router.get('/api/meta', (_req, res) => {
    res.json(deps.meta);
  });
  router.get('/metrics', async (_req, res) => {
    res.setHeader('Content-Type', deps.metrics.registry.contentType);
    res.send(await deps.metrics.registry.metrics());
  });
  return router;
}
