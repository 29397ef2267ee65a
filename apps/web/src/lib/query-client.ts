import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';

const MAX_RETRY_DELAY_MS = 30_000;

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A 4xx will not get better by asking again; upstream trouble (5xx) may.
      retry: (failureCount, error) => !(error instanceof ApiError && error.status < 500) && failureCount < 2,
      // A 503 says when to come back (Retry-After); otherwise back off exponentially.
      retryDelay: (attempt, error) =>
        error instanceof ApiError && error.retryAfterSeconds
          ? Math.min(error.retryAfterSeconds * 1000, MAX_RETRY_DELAY_MS)
          : Math.min(1000 * 2 ** attempt, MAX_RETRY_DELAY_MS),
    },
  },
});
