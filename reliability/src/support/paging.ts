import { errorBodySchema, type RecordsPage, recordsPageSchema } from '@export-ledger/contract';

export type PageOutcome =
  | { ok: true; page: RecordsPage }
  | { ok: false; status: number; body: ReturnType<typeof errorBodySchema.parse> };

/** One `/api/records` request; a 200 must match the page schema, anything else the error body. */
export async function readPage(baseUrl: string, query: string, cursor: string | null): Promise<PageOutcome> {
  const params = new URLSearchParams(query);
  if (cursor) params.set('cursor', cursor);
  const response = await fetch(`${baseUrl}/api/records?${params}`);
  const body: unknown = await response.json();
  if (response.status === 200) return { ok: true, page: recordsPageSchema.parse(body) };
  return { ok: false, status: response.status, body: errorBodySchema.parse(body) };
}

/**
 * Follows nextCursor until it is null, or until an error answer (returned as `last`). Calls
 * `inspect` on every page, so a test can check each response as it comes.
 */
export async function followCursors(
  baseUrl: string,
  query: string,
  inspect: (page: RecordsPage) => void = () => undefined,
  maxPages = 10_000,
): Promise<{ names: string[]; pages: number; last: PageOutcome; cursor: string | null }> {
  const names: string[] = [];
  let cursor: string | null = null;
  for (let pages = 1; pages <= maxPages; pages += 1) {
    const outcome = await readPage(baseUrl, query, cursor);
    if (!outcome.ok) return { names, pages, last: outcome, cursor };
    inspect(outcome.page);
    names.push(...outcome.page.records.map((record) => record.name));
    cursor = outcome.page.nextCursor;
    if (cursor === null) return { names, pages, last: outcome, cursor };
  }
  throw new Error(`no end after ${maxPages} pages`);
}

/** Names that occur more than once. */
export function duplicates(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    if (seen.has(name)) return true;
    seen.add(name);
    return false;
  });
}
