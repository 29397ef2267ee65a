import type { RegionName } from '@export-ledger/contract';
import { RequestAbortedError } from '../lib/abort';
import { UpstreamError, type UpstreamErrorKind } from './types';

const DENIED = new Set([
  'AccessDeniedException',
  'UnauthorizedOperation',
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'InvalidClientTokenId',
  'ExpiredTokenException',
  'ExpiredToken',
]);
const THROTTLED = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded',
]);
const TIMEOUT = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);
const NETWORK = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
]);

const DESCRIPTIONS: Record<UpstreamErrorKind, [code: string, describe: (region: string) => string]> = {
  denied: [
    'access_denied',
    (region) =>
      `Access denied reading Lightsail in ${region}: the server's AWS credentials need lightsail:GetExportSnapshotRecords and lightsail:GetRegions`,
  ],
  throttled: ['throttled', (region) => `Lightsail throttled the requests for ${region}; try again shortly`],
  timeout: ['timeout', (region) => `Lightsail did not answer in time for ${region}`],
  unavailable: ['unavailable', (region) => `Lightsail could not be reached or failed for ${region}`],
  setup: ['setting_up', (region) => `Lightsail is still setting up the account in ${region}`],
  error: ['upstream_error', (region) => `Lightsail rejected the request for ${region}`],
};

export function upstreamError(kind: UpstreamErrorKind, region: RegionName): UpstreamError {
  const [code, describe] = DESCRIPTIONS[kind];
  return new UpstreamError(kind, code, describe(region), region);
}

const regionList = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/**
 * One sentence for one reason in several regions ("… for eu-west-2, us-east-1, and ap-south-1"),
 * or undefined when `code` is not the standard one of its kind (its message names no region).
 */
export function describeRegions(kind: UpstreamErrorKind, code: string, regions: readonly string[]) {
  const [standardCode, describe] = DESCRIPTIONS[kind];
  return code === standardCode ? describe(regionList.format(regions)) : undefined;
}

function field(error: unknown, key: string): unknown {
  return typeof error === 'object' && error !== null && key in error
    ? (error as Record<string, unknown>)[key]
    : undefined;
}

/** Classifies anything the SDK threw. Only the kind survives: no SDK message, metadata or request id. */
export function classify(error: unknown): UpstreamErrorKind {
  const name = String(field(error, 'name') ?? '');
  const code = String(field(error, 'code') ?? field(error, 'Code') ?? '');
  const metadata = field(error, '$metadata');
  const status = Number(field(metadata, 'httpStatusCode') ?? 0);
  if (DENIED.has(name) || DENIED.has(code) || status === 401 || status === 403) return 'denied';
  if (THROTTLED.has(name) || THROTTLED.has(code) || status === 429) return 'throttled';
  if (TIMEOUT.has(name) || TIMEOUT.has(code)) return 'timeout';
  if (name === 'AccountSetupInProgressException') return 'setup';
  if (NETWORK.has(code) || status >= 500 || name === 'ServiceException' || name === 'ServiceUnavailable') {
    return 'unavailable';
  }
  return 'error';
}

/**
 * What a failed call means for the product: the client left (RequestAbortedError), our deadline
 * passed (timeout), or an upstream fault of some kind.
 */
export function toUpstreamError(
  error: unknown,
  region: RegionName,
  signals: { client?: AbortSignal; deadline: AbortSignal },
  /** The error of the call's latest attempt, if it failed (the SDK throws an AbortError instead). */
  lastAttemptError?: unknown,
): UpstreamError | RequestAbortedError {
  if (signals.client?.aborted) return new RequestAbortedError();
  if (signals.deadline.aborted) {
    // The deadline passed while the SDK waited to retry after a throttle: Lightsail did answer.
    if (lastAttemptError !== undefined && classify(lastAttemptError) === 'throttled') {
      return upstreamError('throttled', region);
    }
    return upstreamError('timeout', region);
  }
  if (field(error, 'name') === 'CredentialsProviderError') {
    return new UpstreamError(
      'denied',
      'no_credentials',
      'The server found no AWS credentials (environment, profile, SSO or instance role)',
      region,
    );
  }
  return upstreamError(classify(error), region);
}
