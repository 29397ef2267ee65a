import { useEffect } from 'react';

/** Start loading when the last rendered row is this close to the end of what is loaded. */
const PREFETCH_ROWS = 60;

interface InfiniteFill {
  lastRenderedIndex: number | undefined;
  rowCount: number;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  /** False after a failed page: the user retries by hand rather than in a loop. */
  canFetch: boolean;
  fetchNextPage: () => unknown;
}

/**
 * Asks for the next page before the user reaches the end, and keeps asking while the viewport is not
 * full (a sparse filter may answer with empty pages while the server scans).
 */
export function useInfiniteFill({
  lastRenderedIndex,
  rowCount,
  hasNextPage,
  isFetchingNextPage,
  canFetch,
  fetchNextPage,
}: InfiniteFill) {
  useEffect(() => {
    const nearEnd = lastRenderedIndex === undefined || lastRenderedIndex >= rowCount - PREFETCH_ROWS;
    if (nearEnd && hasNextPage && !isFetchingNextPage && canFetch) fetchNextPage();
  }, [lastRenderedIndex, rowCount, hasNextPage, isFetchingNextPage, canFetch, fetchNextPage]);
}
