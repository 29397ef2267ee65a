import type { RecordsPage } from '@export-ledger/contract';
import { httpGet } from './http-client';

/** GET a BFF URL and return its JSON, failing loudly on a non-2xx answer (never a silent empty list). */
export async function getJson<T>(url: string): Promise<T> {
  const { status, body } = await httpGet(url);
  if (status < 200 || status > 299)
    throw new Error(`GET ${url.slice(0, 200)} answered ${status}: ${body.slice(0, 300)}`);
  return JSON.parse(body) as T;
}

export type Query = Record<string, string | string[] | undefined>;

export function recordsUrl(base: string, query: Query): string {
  const url = new URL('/api/records', base);
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      url.searchParams.append(key, item);
    }
  }
  return url.toString();
}

export function getPage(base: string, query: Query): Promise<RecordsPage> {
  return getJson<RecordsPage>(recordsUrl(base, query));
}

/**
 * Follows `nextCursor` the way the web does, until `wanted` records have arrived or the list ends.
 * Returns the records count and how many requests it took.
 */
export async function followCursors(
  base: string,
  query: Query,
  wanted = Number.POSITIVE_INFINITY,
): Promise<{ records: number; requests: number; failedRegions: number; longestCursor: number }> {
  let cursor: string | undefined;
  let records = 0;
  let requests = 0;
  let failedRegions = 0;
  let longestCursor = 0;
  do {
    const page = await getPage(base, { ...query, cursor });
    requests++;
    records += page.records.length;
    failedRegions += page.regions.filter((region) => region.status !== 'ok').length;
    cursor = page.nextCursor ?? undefined;
    longestCursor = Math.max(longestCursor, cursor?.length ?? 0);
  } while (cursor && records < wanted);
  return { records, requests, failedRegions, longestCursor };
}
