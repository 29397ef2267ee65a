import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { followCursors } from '../lib/api';
import { AWS_CLI, QUICK } from '../lib/config';
import { startBff } from '../lib/processes';
import { interleaveWithin, timeIt } from '../lib/timing';
import { comparedRow, measure, type ScenarioResult } from '../report';
import type { Stage } from './stage';

const run = promisify(execFile);
const RUNS = QUICK ? 1 : 3;
/** The CLI takes minutes on a loaded machine: no new run starts after this, so pnpm bench stays under 10. */
const TIME_BUDGET_MS = 120_000;
const LATENCY_MS = 20;
const GOAL = 0.2;

/**
 * 3. The whole export history: every region's records through the BFF (limit 200, following
 * cursors) against what a user scripts today, the AWS CLI v2 listing each region in turn.
 */
export async function wholeHistory(stage: Stage): Promise<ScenarioResult> {
  const expected = stage.regions.length * stage.recordsPerRegion;
  stage.sim.setFaults('*', { latencyMs: LATENCY_MS });
  try {
    const cli = async () => {
      let total = 0;
      for (const region of stage.regions) total += await cliListRegion(stage, region);
      if (total !== expected) throw new Error(`the AWS CLI listed ${total} records, expected ${expected}`);
    };
    // A fresh BFF per run: a warm page cache from the previous run would make the figure meaningless.
    const bff = async () => {
      const server = await startBff({
        simUrl: stage.sim.url,
        credentials: stage.sim.credentials,
        regions: stage.regions,
      });
      try {
        return await timeIt(async () => {
          const { records, failedRegions } = await followCursors(server.url, { limit: '200' });
          if (records !== expected || failedRegions > 0) {
            throw new Error(
              `the BFF listed ${records} records (${failedRegions} region failures), expected ${expected}`,
            );
          }
        });
      } finally {
        await server.stop();
      }
    };
    const runs = await interleaveWithin(RUNS, TIME_BUDGET_MS, () => timeIt(cli), bff);
    const row = comparedRow({
      scenario: '3',
      figure: `Whole history: ${stage.regions.length} regions x ${stage.recordsPerRegion.toLocaleString('en')} records, BFF limit 200 following cursors`,
      subject: measure(runs.subject, 'ms'),
      baseline: { label: 'AWS CLI v2, each region in turn', measure: measure(runs.baseline, 'ms') },
    });
    row.target = { kind: 'goal', text: `≤ ${GOAL} x (5 x faster)`, met: (row.ratio ?? Number.NaN) <= GOAL };
    return {
      rows: [row],
      notes: [
        `Every region at ${LATENCY_MS} ms upstream latency, page size ${stage.pageSize}; ${runs.subject.length} runs of each, interleaved (up to ${RUNS}; no run starts after ${TIME_BUDGET_MS / 1000} s). Both sides must return all ${expected.toLocaleString('en')} records or the run fails.`,
        'BFF: a freshly started server per run (cold page cache; its start-up is not timed, a server runs for long), default `CACHE_TTL_MS`; timed from the first request to the last cursor.',
        `AWS CLI: \`${AWS_CLI} lightsail get-export-snapshot-records --endpoint-url <simulator> --region R --output json\` once per region (it follows \`nextPageToken\` itself), regions one after the other as a shell loop would; its start-up is timed because a user pays it.`,
      ],
    };
  } finally {
    stage.sim.clearFaults('*');
  }
}

async function cliListRegion(stage: Stage, region: string): Promise<number> {
  let count = 0;
  let token: string | undefined;
  // The CLI paginates this call itself; the loop only matters if a page token ever comes back.
  do {
    const args = ['lightsail', 'get-export-snapshot-records', '--endpoint-url', stage.sim.url];
    args.push('--region', region, '--output', 'json', ...(token ? ['--page-token', token] : []));
    const { stdout } = await run(AWS_CLI, args, {
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: process.env.HOME ?? '/tmp',
        AWS_ACCESS_KEY_ID: stage.sim.credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: stage.sim.credentials.secretAccessKey,
        AWS_DEFAULT_REGION: region,
        AWS_CONFIG_FILE: '/dev/null',
        AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_PAGER: '',
      },
      maxBuffer: 256 * 2 ** 20,
    });
    const output = JSON.parse(stdout) as { exportSnapshotRecords?: unknown[]; nextPageToken?: string };
    count += output.exportSnapshotRecords?.length ?? 0;
    token = output.nextPageToken;
  } while (token);
  return count;
}
