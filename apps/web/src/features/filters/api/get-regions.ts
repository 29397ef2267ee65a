import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client';

export const regionKeys = { all: ['regions'] as const };

export const getRegions = (signal?: AbortSignal) =>
  getJson('/api/regions', 'regionsResponseSchema', { signal });

export const regionsQueryOptions = () =>
  queryOptions({
    queryKey: regionKeys.all,
    queryFn: ({ signal }) => getRegions(signal),
    staleTime: Infinity,
  });

export const useRegions = () => useQuery(regionsQueryOptions());
