import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';

/** Retrying cannot fix a request the API refused (4xx) or a body of the wrong shape. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (error instanceof ApiError) {
    if (error.code === 'INVALID_RESPONSE') return false;
    if (error.status !== undefined && error.status < 500) return false;
  }
  return true;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        staleTime: 30_000,
      },
    },
  });
}
