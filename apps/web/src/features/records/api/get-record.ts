import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client';
import { recordKeys } from './record-keys';

export const STARTED_REFRESH_MS = 5_000;

export const recordPath = (region: string, name: string) =>
  `/records/${encodeURIComponent(region)}/${encodeURIComponent(name)}`;

export const getRecord = (region: string, name: string, signal?: AbortSignal) =>
  getJson(`/api${recordPath(region, name)}`, 'recordResponseSchema', { signal });

export const recordQueryOptions = (region: string, name: string) =>
  queryOptions({
    queryKey: recordKeys.detail(region, name),
    queryFn: ({ signal }) => getRecord(region, name, signal),
    // An export in progress refreshes on its own until it finishes.
    refetchInterval: (query) => (query.state.data?.record.state === 'Started' ? STARTED_REFRESH_MS : false),
  });

export const useRecord = (region: string, name: string) => useQuery(recordQueryOptions(region, name));
