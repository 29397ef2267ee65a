import { once } from 'node:events';
import { type ExportErrorLine, type ExportRecord, recordFiltersSchema } from '@export-ledger/contract';
import { type Response, Router } from 'express';
import { RequestAbortedError, requestSignal } from '../lib/abort';
import { AppError } from '../lib/errors';
import { parseInput } from '../lib/validation';
import { CSV_HEADER, csvRow } from './csv';
import type { RecordsService } from './records-service';

interface Format {
  contentType: string;
  extension: string;
  header: string;
  line: (record: ExportRecord) => string;
  /** Ends a stream cut short by an upstream failure; undefined means abort the connection. */
  failure?: (error: AppError) => string;
}

const FORMATS: Record<'csv' | 'ndjson', Format> = {
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv', header: CSV_HEADER, line: csvRow },
  ndjson: {
    contentType: 'application/x-ndjson; charset=utf-8',
    extension: 'ndjson',
    header: '',
    line: (record) => `${JSON.stringify(record)}\n`,
    failure: (error) =>
      `${JSON.stringify({ error: { code: error.code, message: error.message } } satisfies ExportErrorLine)}\n`,
  },
};

/**
 * Every match, streamed: one page per region in memory, writes wait for 'drain', and the upstream
 * reading stops when the client goes away. An upstream failure before the first byte is a normal
 * JSON error; after it, NDJSON ends with an `{"error":…}` line and CSV is cut off (no way to mark it).
 */
export function exportRoutes(service: RecordsService, now: () => number): Router {
  const router = Router();
  for (const [name, format] of Object.entries(FORMATS)) {
    router.get(`/api/records.${name}`, async (req, res) => {
      const filters = parseInput(recordFiltersSchema, req.query);
      const signal = requestSignal(req, res);
      const records = service.exportRecords(filters, signal);
      const first = await records.next(); // a failure here still gets a proper status
      const day = new Date(now()).toISOString().slice(0, 10).replaceAll('-', '');
      res.setHeader('Content-Type', format.contentType);
      res.setHeader('Content-Disposition', `attachment; filename="export-ledger-${day}.${format.extension}"`);
      res.setHeader('Cache-Control', 'no-store');
      res.status(200);
      if (req.method === 'HEAD') {
        // Node drops a HEAD body, but the loop below would still read every page from Lightsail.
        await records.return(undefined);
        res.end();
        return;
      }
      try {
        await write(res, format.header, signal);
        if (!first.done) await write(res, format.line(first.value), signal);
        for await (const record of records) await write(res, format.line(record), signal);
        res.end();
      } catch (error) {
        if (error instanceof RequestAbortedError || signal.aborted) return;
        if (error instanceof AppError && format.failure && res.writable) {
          req.log.warn({ err: error }, 'export cut short by an upstream failure');
          res.end(format.failure(error));
          return;
        }
        throw error; // the error handler sees headers sent and destroys the connection
      }
    });
  }
  return router;
}

async function write(res: Response, chunk: string, signal: AbortSignal): Promise<void> {
  if (chunk === '') return;
  if (signal.aborted) throw new RequestAbortedError();
  if (!res.write(chunk)) {
    try {
      await once(res, 'drain', { signal });
    } catch {
      throw new RequestAbortedError();
    }
  }
}
