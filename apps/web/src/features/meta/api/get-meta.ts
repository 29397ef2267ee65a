import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client';

export const metaKeys = { all: ['meta'] as const };

export const getMeta = (signal?: AbortSignal) => getJson('/api/meta', 'metaSchema', { signal });

export const metaQueryOptions = () =>
  queryOptions({ queryKey: metaKeys.all, queryFn: ({ signal }) => getMeta(signal), staleTime: Infinity });

export const useMeta = () => useQuery(metaQueryOptions());
