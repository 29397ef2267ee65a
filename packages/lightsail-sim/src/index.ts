export { DEFAULT_CREDENTIALS, DEFAULT_PAGE_SIZE, DEFAULT_RECORDS, DEFAULT_SEED } from './defaults';
export { REGION_NAMES } from './regions';
export { startSimulator } from './server';
export type {
  RegionFaults,
  RegionName,
  Simulator,
  SimulatorOptions,
  SimulatorStats,
  WireDiskInfo,
  WireExportSnapshotRecord,
} from './types';
