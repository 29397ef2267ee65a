import type * as Contract from '@export-ledger/contract';
import type { z } from 'zod';

type SchemaName = {
  [K in keyof typeof Contract]: (typeof Contract)[K] extends z.ZodType ? K : never;
}[keyof typeof Contract];
type Output<K extends SchemaName> = z.output<(typeof Contract)[K]>;

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

/**
 * In development every response is parsed with its contract schema, so drift shows at once. The
 * production build trusts the server (same origin, same contract) and leaves zod out of the bundle:
 * `import.meta.env.DEV` is false there, so the dynamic import is dropped.
 */
async function parseInDevelopment<K extends SchemaName>(schemaName: K, body: unknown): Promise<Output<K>> {
  if (import.meta.env.DEV) {
    const contract = await import('@export-ledger/contract');
    return (contract[schemaName] as z.ZodType).parse(body) as Output<K>;
  }
  return body as Output<K>;
}

function toApiError(response: Response, body: unknown): ApiError {
  const retryAfter = Number(response.headers.get('retry-after')) || undefined;
  const error = (body as { error?: Record<string, unknown> } | undefined)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    const requestId = typeof error.requestId === 'string' ? error.requestId : undefined;
    return new ApiError(response.status, error.code, error.message, requestId, retryAfter);
  }
  return new ApiError(response.status, 'unknown', `Request failed with status ${response.status}`);
}

/** GETs a JSON route of the API; throws ApiError on any non-2xx answer or unreadable body. */
export async function getJson<K extends SchemaName>(
  path: string,
  schemaName: K,
  init: { signal?: AbortSignal } = {},
): Promise<Output<K>> {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, signal: init.signal });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw toApiError(response, body);
  if (body === undefined) throw new ApiError(response.status, 'unknown', 'The server sent no JSON');
  return parseInDevelopment(schemaName, body);
}
