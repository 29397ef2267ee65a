import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { filtersToSearch, parseFilters, type RecordFilters, withSearch } from '../../../lib/record-filters';

/**
 * The filters live in the query string: reload, back/forward and a pasted link restore the view.
 * Setting them always lands on the table (`/`), from the top.
 */
export function useUrlFilters() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const filters = useMemo(() => parseFilters(search), [search]);
  const setFilters = useCallback(
    (next: RecordFilters) => navigate(withSearch('/', filtersToSearch(next))),
    [navigate],
  );
  return [filters, setFilters] as const;
}
