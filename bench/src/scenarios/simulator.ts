import path from 'node:path';
import type { LightsailClient } from '@aws-sdk/client-lightsail';
import { REGION_NAMES, type RegionName } from '@export-ledger/contract';
import { startSimulator } from '@export-ledger/lightsail-sim';
import { QUICK, RUNS, repoRoot, SIM_CREDENTIALS } from '../lib/config';
import { startNodeServer } from '../lib/processes';
import { interleave, interleaveWithin, timeIt } from '../lib/timing';
import { comparedRow, measure, type ScenarioResult } from '../report';
import { median } from '../stats';
import { directClient, directPage, type Stage } from './stage';

const BIG = 10_000;
const SMALL = 10;
const START_RUNS = QUICK ? 1 : 3;

/**
 * 7. The simulator itself: start-up with 10,000 records in every region against 10, the first page
 * of a region not generated yet, and the latency of each page while walking a 10,000-record region
 * against walking a 1,000-record one.
 */
export async function simulator(stage: Stage): Promise<ScenarioResult> {
  const regions = [...REGION_NAMES];
  const region = stage.regions[0] as RegionName;
  const start = (recordsPerRegion: number) => async () => {
    let close: () => Promise<void> = async () => {};
    // Regions are generated on first use, so "ready" is listening plus every region's data generated,
    // which `records()` forces (the first page request of a region would do the same).
    const ms = await timeIt(async () => {
      const sim = await startSimulator({
        port: 0,
        seed: 7,
        regions,
        recordsPerRegion,
        credentials: SIM_CREDENTIALS,
      });
      close = () => sim.close();
      for (const name of regions) sim.records(name);
    });
    await close();
    return ms;
  };
  // Generating 200,000 records takes seconds, many more on a busy machine: stop starting runs after 30 s.
  const startUp = await interleaveWithin(START_RUNS, 30_000, start(SMALL), start(BIG));
  const cliStartUp = await interleave(START_RUNS, spawnUntilListening(NOOP), spawnUntilListening(CLI));

  // First page of a region that is not generated yet (cold) against the same page once it is (warm).
  const cold: number[] = [];
  const warm: number[] = [];
  for (let run = 0; run < START_RUNS; run++) {
    const sim = await startSimulator({
      port: 0,
      seed: run,
      regions: [region],
      recordsPerRegion: BIG,
      credentials: SIM_CREDENTIALS,
    });
    const client = directClient(sim, region);
    try {
      cold.push(await timeIt(() => directPage(client)));
      warm.push(await timeIt(() => directPage(client)));
    } finally {
      client.destroy();
      await sim.close();
    }
  }

  const big = await startSimulator({
    port: 0,
    seed: 7,
    regions: [region],
    recordsPerRegion: BIG,
    pageSize: stage.pageSize,
    credentials: SIM_CREDENTIALS,
  });
  const bigClient = directClient(big, region);
  const smallClient = directClient(stage.sim, region);
  try {
    await walk(smallClient, stage.recordsPerRegion)();
    await walk(bigClient, BIG)();
    const pages = await interleave(RUNS, walk(smallClient, stage.recordsPerRegion), walk(bigClient, BIG));
    return {
      rows: [
        comparedRow({
          scenario: '7',
          figure: `Simulator start-up to every region generated, ${regions.length} regions x ${BIG.toLocaleString('en')} records`,
          subject: measure(startUp.subject, 'ms'),
          baseline: {
            label: `${regions.length} regions x ${SMALL} records`,
            measure: measure(startUp.baseline, 'ms'),
          },
        }),
        comparedRow({
          scenario: '7',
          figure: `Simulator CLI start-up to its listening line, --records-per-region ${BIG.toLocaleString('en')}`,
          subject: measure(cliStartUp.subject, 'ms'),
          baseline: {
            label: 'a Node + tsx process that only listens',
            measure: measure(cliStartUp.baseline, 'ms'),
          },
        }),
        comparedRow({
          scenario: '7',
          figure: `Simulator first page of a region not generated yet (${BIG.toLocaleString('en')} records)`,
          subject: measure(cold, 'ms'),
          baseline: { label: 'the same page again (generated)', measure: measure(warm, 'ms') },
        }),
        comparedRow({
          scenario: '7',
          figure: `Simulator per-page latency (SDK), walking a ${BIG.toLocaleString('en')}-record region`,
          subject: measure(pages.subject, 'ms'),
          baseline: {
            label: `walking a ${stage.recordsPerRegion.toLocaleString('en')}-record region`,
            measure: measure(pages.baseline, 'ms'),
          },
        }),
      ],
      notes: [
        `CLI start-up: spawning \`node --import tsx src/cli.ts --port 0 --records-per-region ${BIG}\` (what \`pnpm sim\` runs) until it prints its listening line, against the same kind of process that only listens; ${START_RUNS} runs interleaved. The bench polls the output every 25 ms, so both sides carry up to 25 ms of it.`,
        `Start-up: \`startSimulator()\` in the bench process until it listens and every region's data exists (regions are generated lazily on first use; \`records(region)\` forces it), ${startUp.subject.length} runs interleaved with the small one (up to ${START_RUNS}; none starts after 30 s). Listening alone takes well under a millisecond: the cost is generating the records, paid by the first request to each region (next row).`,
        `Per page: median latency of the pages of one full walk (page size ${stage.pageSize}, no added latency) with the SDK client, ${RUNS} walks of each size interleaved. A ratio near 1 means a page deep in a big region costs what a page of a small one does (tokens are sort keys found by binary search).`,
      ],
    };
  } finally {
    bigClient.destroy();
    smallClient.destroy();
    await big.close();
  }
}

const CLI = {
  name: 'sim-cli',
  cwd: path.join(repoRoot, 'packages/lightsail-sim'),
  args: ['--import', 'tsx', 'src/cli.ts', '--port', '0', '--records-per-region', String(BIG)],
  listening: /Lightsail simulator listening on (http:\/\/\S+)/,
};
const NOOP = {
  name: 'noop',
  cwd: path.join(repoRoot, 'bench'),
  args: ['--import', 'tsx', 'src/noop-server.ts'],
  listening: /Noop listening on (http:\/\/\S+)/,
};

/** Wall time from spawning a server process (as `pnpm sim` runs the CLI) to its listening line. */
function spawnUntilListening(command: typeof CLI) {
  return async () => {
    const started = performance.now();
    const server = await startNodeServer({ ...command, env: {} });
    const ms = performance.now() - started;
    await server.stop();
    return ms;
  };
}

/** One full walk of a region, page after page; its figure is the median page latency. */
function walk(client: LightsailClient, expected: number) {
  return async () => {
    const latencies: number[] = [];
    let token: string | undefined;
    let records = 0;
    do {
      const started = performance.now();
      const page = await directPage(client, token);
      latencies.push(performance.now() - started);
      records += page.exportSnapshotRecords?.length ?? 0;
      token = page.nextPageToken;
    } while (token);
    if (records !== expected) throw new Error(`walked ${records} records, expected ${expected}`);
    return median(latencies);
  };
}
