import type { RecordState, RegionName, SourceType } from '@export-ledger/contract';

/*
 * The contract's enums, restated as plain arrays: importing the contract's values would pull zod into
 * the production bundle. `satisfies` keeps them in step with the contract's types.
 */
export const RECORD_STATES = ['Started', 'Succeeded', 'Failed'] as const satisfies readonly RecordState[];
export const SOURCE_TYPES = ['InstanceSnapshot', 'DiskSnapshot'] as const satisfies readonly SourceType[];

/** What the table shows; it lives in the URL's query string so every view is a link. */
export interface RecordFilters {
  region: RegionName[];
  state: RecordState[];
  source: SourceType[];
  q: string;
}

export const NO_FILTERS: RecordFilters = { region: [], state: [], source: [], q: '' };

const REGION_PATTERN = /^[a-z]{2}-[a-z]+-\d$/;

function pick<T extends string>(params: URLSearchParams, key: string, allowed: (value: string) => boolean) {
  return [...new Set(params.getAll(key).filter(allowed))].sort() as T[];
}

/** Reads filters from a query string, dropping values that could never match (a hand-edited link). */
export function parseFilters(search: string): RecordFilters {
  const params = new URLSearchParams(search);
  return {
    region: pick<RegionName>(params, 'region', (value) => REGION_PATTERN.test(value)),
    state: pick<RecordState>(params, 'state', (value) =>
      (RECORD_STATES as readonly string[]).includes(value),
    ),
    source: pick<SourceType>(params, 'source', (value) =>
      (SOURCE_TYPES as readonly string[]).includes(value),
    ),
    q: (params.get('q') ?? '').trim().slice(0, 200),
  };
}

/** The query string for filters, in a stable order (so equal views have equal links), without `?`. */
export function filtersToSearch(filters: RecordFilters): string {
  const params = new URLSearchParams();
  for (const region of filters.region) params.append('region', region);
  for (const state of filters.state) params.append('state', state);
  for (const source of filters.source) params.append('source', source);
  if (filters.q) params.set('q', filters.q);
  return params.toString();
}

export const hasFilters = (filters: RecordFilters) => filtersToSearch(filters) !== '';

/** Appends `?search` to a path when there is one. */
export const withSearch = (path: string, search: string) => (search ? `${path}?${search}` : path);
