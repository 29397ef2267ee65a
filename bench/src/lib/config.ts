import { fileURLToPath } from 'node:url';

/** `BENCH_QUICK=1`: fewer and shorter runs, for working on the bench itself. Never for the report. */
export const QUICK = process.env.BENCH_QUICK === '1';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs per figure: each run is one sample of the median/spread in the report. */
export const RUNS = QUICK ? 2 : 5;

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const AWS_CLI = '/usr/bin/aws';

/** The key pair the simulator verifies; the BFF and the CLI sign with it. Not a real credential. */
export const SIM_CREDENTIALS = {
  accessKeyId: 'AKIABENCHEXAMPLE0000',
  secretAccessKey: 'bench/secret/not/a/real/key/0000000000000',
};
