import type { RecordFilters } from '../../../lib/record-filters';

/** The one factory of the records' query keys. Lists are infinite queries; details are plain ones. */
export const recordKeys = {
  all: ['records'] as const,
  lists: () => [...recordKeys.all, 'list'] as const,
  list: (filters: RecordFilters) => [...recordKeys.lists(), filters] as const,
  details: () => [...recordKeys.all, 'detail'] as const,
  detail: (region: string, name: string) => [...recordKeys.details(), region, name] as const,
};
