import { recordPathSchema, recordsQuerySchema } from '@export-ledger/contract';
import { Router } from 'express';
import { requestSignal } from '../lib/abort';
import { parseInput } from '../lib/validation';
import type { RecordsService } from './records-service';

/** HTTP only: parse with the contract, call the service, answer JSON. */
export function recordsRoutes(service: RecordsService): Router {
  const router = Router();

  router.get('/api/records', async (req, res) => {
    const query = parseInput(recordsQuerySchema, req.query);
    const page = await service.listRecords(query, requestSignal(req, res));
    res.setHeader('Cache-Control', 'no-store');
    res.json(page);
  });

  router.get('/api/records/:region/:name', async (req, res) => {
    const path = parseInput(recordPathSchema, { region: req.params.region, name: req.params.name });
    const record = await service.findRecord(path, requestSignal(req, res));
    res.setHeader('Cache-Control', 'no-store');
    res.json({ record });
  });

  router.get('/api/regions', async (req, res) => {
    res.json({ regions: await service.regions(requestSignal(req, res)) });
  });

  return router;
}
