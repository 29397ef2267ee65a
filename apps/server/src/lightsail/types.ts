import type { ExportRecord, RegionInfo, RegionName } from '@export-ledger/contract';

/** What went wrong upstream, in the server's own words. SDK errors never travel past the gateway. */
export type UpstreamErrorKind = 'denied' | 'throttled' | 'timeout' | 'unavailable' | 'setup' | 'error';

export class UpstreamError extends Error {
  override name = 'UpstreamError';

  constructor(
    readonly kind: UpstreamErrorKind,
    /** A stable, safe code for the region status and logs, e.g. `access_denied`. */
    readonly code: string,
    message: string,
    readonly region?: RegionName,
  ) {
    super(message);
  }
}

/** Thrown when the browser's request went away: not an upstream fault, nothing to report. */
export class RequestAbortedError extends Error {
  override name = 'RequestAbortedError';
}

/** One page of one region as Lightsail returned it, in contract form. */
export interface UpstreamPage {
  records: ExportRecord[];
  /** null on the region's last page. */
  nextPageToken: string | null;
}

/** The only door to Lightsail. Implemented over the SDK (gateway.ts); tests use the simulator behind it. */
export interface LightsailGateway {
  /** The regions this server reads, discovered once (GetRegions) and then remembered. */
  regions(signal?: AbortSignal): Promise<RegionInfo[]>;
  /** True once regions() has succeeded. */
  isReady(): boolean;
  getPage(region: RegionName, pageToken: string | null, signal?: AbortSignal): Promise<UpstreamPage>;
}

/** Reads pages through the cache: same shape as the gateway's call. */
export type PageReader = (
  region: RegionName,
  pageToken: string | null,
  signal?: AbortSignal,
) => Promise<UpstreamPage>;
