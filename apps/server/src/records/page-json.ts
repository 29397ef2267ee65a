import type { ExportRecord, RecordsPage } from '@export-ledger/contract';
import type { Response } from 'express';

/**
 * Each record's JSON, made once per record object. Cached pages hand the same record objects to
 * every request within the TTL, so a page of 50 records from 20 cached regions is serialized by
 * joining strings instead of stringifying 50 kB again (the largest single cost of a cached request).
 */
const jsonByRecord = new WeakMap<ExportRecord, string>();

function recordJson(record: ExportRecord): string {
  let json = jsonByRecord.get(record);
  if (json === undefined) {
    json = JSON.stringify(record);
    jsonByRecord.set(record, json);
  }
  return json;
}

/** Exactly `JSON.stringify(page)` (same keys, same order), from the records' remembered JSON. */
export function recordsPageJson(page: RecordsPage): string {
  const rest = JSON.stringify({ nextCursor: page.nextCursor, regions: page.regions, scanned: page.scanned });
  return `{"records":[${page.records.map(recordJson).join(',')}],${rest.slice(1)}`;
}

/**
 * Sends JSON text as `res.json` would, minus the ETag: Express hashes the whole body (SHA-1 of
 * 50 to 200 kB) for a header no client can use, since these answers are `Cache-Control: no-store`
 * and so are never revalidated with If-None-Match.
 */
export function sendJsonText(res: Response, json: string): void {
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(json);
}
