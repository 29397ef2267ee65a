import { AppError } from '../lib/errors';
import type { UpstreamError } from '../lightsail/types';

/** Seconds a throttled client is asked to wait. */
export const THROTTLE_RETRY_AFTER_SECONDS = 2;

/** One upstream failure as an HTTP error: throttled 503 (+ Retry-After), timeout 504, else 502. */
export function upstreamToAppError(error: UpstreamError): AppError {
  if (error.kind === 'throttled') {
    return new AppError('upstream_throttled', error.message, {
      retryAfterSeconds: THROTTLE_RETRY_AFTER_SECONDS,
      cause: error,
    });
  }
  if (error.kind === 'timeout') return new AppError('upstream_timeout', error.message, { cause: error });
  return new AppError('upstream_error', error.message, { cause: error });
}

/**
 * When every region a request had to read failed: all throttled -> 503, any timeout -> 504,
 * otherwise 502. The message names each region and its reason.
 */
export function allRegionsFailed(errors: UpstreamError[]): AppError {
  const message = errors.map((error) => error.message).join('; ');
  const pick = errors.every((error) => error.kind === 'throttled')
    ? errors[0]
    : (errors.find((error) => error.kind === 'timeout') ??
      errors.find((error) => error.kind !== 'throttled'));
  if (!pick) return new AppError('upstream_error', message);
  const mapped = upstreamToAppError(pick);
  return new AppError(mapped.code, message, mapped.options);
}
