import { errorBodySchema } from '@export-ledger/contract';
import type { z } from 'zod';

/** A non-2xx answer of the API, with the contract's error code and the server's request id. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId?: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** GETs a JSON route and parses it with its contract schema; throws ApiError on any failure. */
export async function getJson<T extends z.ZodType>(
  path: string,
  schema: T,
  init: { signal?: AbortSignal } = {},
): Promise<z.output<T>> {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, signal: init.signal });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(body);
    const retryAfter = Number(response.headers.get('retry-after')) || undefined;
    if (parsed.success) {
      const { code, message, requestId } = parsed.data.error;
      throw new ApiError(response.status, code, message, requestId, retryAfter);
    }
    throw new ApiError(response.status, 'unknown', `Request failed with status ${response.status}`);
  }
  return schema.parse(body);
}
