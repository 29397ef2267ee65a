/**
 * The simulator's public programmatic API. Tests and the server's embedded mode use only this.
 * Records are in Lightsail's wire shape (AWS JSON 1.1: timestamps are epoch seconds).
 */
import type { Credentials } from './sigv4';

export type RegionName = string;

export interface WireDiskInfo {
  name?: string;
  path: string;
  sizeInGb: number;
  isSystemDisk: boolean;
}

export interface WireExportSnapshotRecord {
  name: string;
  arn: string;
  createdAt: number;
  location: { availabilityZone: string; regionName: RegionName };
  resourceType: 'ExportSnapshotRecord';
  state: 'Started' | 'Succeeded' | 'Failed';
  sourceInfo: {
    resourceType: 'InstanceSnapshot' | 'DiskSnapshot';
    createdAt: number;
    name: string;
    arn: string;
    fromResourceName: string;
    fromResourceArn: string;
    instanceSnapshotInfo?: { fromBundleId: string; fromBlueprintId: string; fromDiskInfo: WireDiskInfo[] };
    diskSnapshotInfo?: { sizeInGb: number };
  };
  destinationInfo?: { id: string; service: 'Aws::EC2::Image' | 'Aws::EC2::Snapshot' };
}

/** Faults of one region. Rates are probabilities in [0, 1]. */
export interface RegionFaults {
  /** Added to every response of the region, in milliseconds. */
  latencyMs?: number;
  /** Share of requests answered with ThrottlingException (HTTP 400). */
  throttleRate?: number;
  /** Share of requests answered with ServiceException (HTTP 500). */
  errorRate?: number;
  /** Every request answered with AccessDeniedException (HTTP 403). */
  accessDenied?: boolean;
  /** Every request answered as a region still setting up (AccountSetupInProgressException, 400). */
  settingUp?: boolean;
  /** Requests are never answered (the connection stays open) until the fault is cleared. */
  hang?: boolean;
}

export interface SimulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Loopback by default. */
  host?: string;
  seed?: number;
  /** Regions served. Default: every Lightsail region. */
  regions?: RegionName[];
  /** Records spread unevenly across the regions (some may get none). */
  records?: number;
  /** Exact number of records in every region (overrides `records`). */
  recordsPerRegion?: number;
  /** Records per page of GetExportSnapshotRecords. */
  pageSize?: number;
  /** The one key pair SigV4 is verified against. */
  credentials?: Credentials;
  /** Faults per region; the key '*' applies to every region. */
  faults?: Record<string, RegionFaults>;
  /** Started records finish over time and new exports appear. */
  live?: boolean | { intervalMs?: number };
  /**
   * Clock in epoch milliseconds; injected so data and live mode are deterministic in tests. Unset,
   * the data is generated back from the start of the current UTC hour and live mode uses Date.now.
   */
  now?: () => number;
}

export interface SimulatorStats {
  /** Requests received per operation and region (after authentication), including faulted ones; the most recent 100,000. */
  requests: { operation: string; region: RegionName; outcome: string }[];
  /** Requests whose client went away before the answer was sent. */
  aborted: number;
}

export interface Simulator {
  /** e.g. http://127.0.0.1:45123 */
  readonly url: string;
  readonly credentials: Credentials;
  readonly regions: RegionName[];
  /** Ground truth: the region's records as the API serves them right now, newest first. */
  records(region: RegionName): WireExportSnapshotRecord[];
  setFaults(region: RegionName | '*', faults: RegionFaults): void;
  clearFaults(region?: RegionName | '*'): void;
  stats(): SimulatorStats;
  resetStats(): void;
  /** Live mode's step, run on demand: running exports may finish and a new one may start. */
  tick?(): void;
  close(): Promise<void>;
}
