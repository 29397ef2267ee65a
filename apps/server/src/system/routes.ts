import type { Meta } from '@export-ledger/contract';
import { Router } from 'express';

/** Liveness and what the server reads from. Readiness and metrics join once there is a gateway. */
export function systemRoutes(meta: Meta): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/api/meta', (_req, res) => {
    res.json(meta);
  });
  return router;
}
