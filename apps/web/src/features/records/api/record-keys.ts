import type { RecordFilters } from '../../../lib/record-filters';

/** The one factory of the records' query keys. Lists are infinite queries; the rest are plain ones. */
export const recordKeys = {
  all: ['records'] as const,
  lists: () => [...recordKeys.all, 'list'] as const,
  list: (filters: RecordFilters) => [...recordKeys.lists(), filters] as const,
  /** The newest record of a list's filters, polled apart from the list (a plain query). */
  newest: (filters: RecordFilters) => [...recordKeys.all, 'newest', filters] as const,
  details: () => [...recordKeys.all, 'detail'] as const,
  detail: (region: string, name: string) => [...recordKeys.details(), region, name] as const,
};
