/** Defaults documented in the README; the CLI and startSimulator share them. */
export const DEFAULT_CREDENTIALS = {
  accessKeyId: 'AKIAEXPORTLEDGERDEMO',
  secretAccessKey: 'export-ledger-demo-secret',
} as const;
export const DEFAULT_SEED = 1;
export const DEFAULT_RECORDS = 1500;
/** What one GetExportSnapshotRecords page holds unless configured. */
export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 1000;
export const DEFAULT_HOST = '127.0.0.1';
