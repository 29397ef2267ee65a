import { AppError } from '../lib/errors';
import { describeRegions } from '../lightsail/error-map';
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

/** Each reason once, with the regions it applies to: twenty failed regions make one sentence, not twenty. */
function summarize(errors: readonly UpstreamError[]): string {
  const byReason = new Map<string, UpstreamError[]>();
  for (const error of errors) {
    const key = `${error.kind}/${error.code}`;
    const group = byReason.get(key);
    if (group) group.push(error);
    else byReason.set(key, [error]);
  }
  const sentences = [...byReason.values()].flatMap((group) => {
    const { kind, code } = group[0] as UpstreamError;
    const one = describeRegions(
      kind,
      code,
      group.flatMap((error) => error.region ?? []),
    );
    return one ? [one] : [...new Set(group.map((error) => error.message))];
  });
  return sentences.join('; ');
}

/**
 * When every region a request had to read failed: all throttled -> 503, any timeout -> 504,
 * otherwise 502. The message names each reason once, with its regions.
 */
export function allRegionsFailed(errors: UpstreamError[]): AppError {
  const message = summarize(errors);
  const pick = errors.every((error) => error.kind === 'throttled')
    ? errors[0]
    : (errors.find((error) => error.kind === 'timeout') ??
      errors.find((error) => error.kind !== 'throttled'));
  if (!pick) return new AppError('upstream_error', message);
  const mapped = upstreamToAppError(pick);
  return new AppError(mapped.code, message, mapped.options);
}
