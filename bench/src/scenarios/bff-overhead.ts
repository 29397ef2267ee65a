import { getPage } from '../lib/api';
import { QUICK, RUNS } from '../lib/config';
import { cpuPerRequest } from '../lib/process-cpu';
import { startBff } from '../lib/processes';
import { interleaveCalls } from '../lib/timing';
import { comparedRow, measure, type Row, type ScenarioResult } from '../report';
import { directClient, directPage, type Stage, upstreamPageCalls } from './stage';

const REQUESTS_PER_RUN = QUICK ? 10 : 30;
const WARM_UP = 10;
const BUDGET_AT_20MS = 1.15;

/**
 * 1. What the BFF adds to one page: `/api/records?region=R&limit=50` against a direct SDK call for
 * the same page, from the same process, at 0 and 20 ms of upstream latency. The page cache is off
 * (CACHE_TTL_MS=0) so every BFF request pays its upstream call, as the direct call does.
 */
export async function bffOverhead(stage: Stage): Promise<ScenarioResult> {
  const region = stage.regions[0] as (typeof stage.regions)[number];
  const bff = await startBff({
    simUrl: stage.sim.url,
    credentials: stage.sim.credentials,
    regions: stage.regions,
    cacheTtlMs: 0,
  });
  const client = directClient(stage.sim, region);
  const rows: Row[] = [];
  const notes: string[] = [];
  try {
    const viaBff = () => getPage(bff.url, { region, limit: '50' });
    const direct = () => directPage(client);

    const sizeCheck = await viaBff();
    if (sizeCheck.records.length !== 50)
      throw new Error(`BFF page has ${sizeCheck.records.length} records, not 50`);
    stage.sim.resetStats();
    await viaBff();
    const callsPerBffRequest = upstreamPageCalls(stage.sim);

    for (const latencyMs of [0, 20]) {
      stage.sim.setFaults('*', { latencyMs });
      for (let i = 0; i < WARM_UP; i++) {
        await direct();
        await viaBff();
      }
      const runs = await interleaveCalls(RUNS, REQUESTS_PER_RUN, direct, viaBff);
      const row = comparedRow({
        scenario: '1',
        figure: `BFF overhead, one region, limit 50, ${latencyMs} ms upstream latency`,
        subject: measure(runs.subject, 'ms'),
        baseline: { label: 'direct SDK call, same page', measure: measure(runs.baseline, 'ms') },
      });
      if (latencyMs === 20) {
        const ratio = row.ratio ?? Number.NaN;
        row.target = { kind: 'budget', text: `≤ ${BUDGET_AT_20MS} x`, met: ratio <= BUDGET_AT_20MS };
      }
      rows.push(row);
      const cpu = await cpuPerRequest(bff.pid, REQUESTS_PER_RUN * 2, viaBff);
      notes.push(
        `At ${latencyMs} ms: the BFF process used ${cpu.toFixed(2)} ms of CPU per request (from /proc, over ${REQUESTS_PER_RUN * 2} extra requests).`,
      );
    }
    notes.push(
      `Simulator: ${stage.regions.length} regions x ${stage.recordsPerRegion} records, page size ${stage.pageSize}; region ${region}.`,
      `Each run is the median of ${REQUESTS_PER_RUN} requests of each kind, alternating one by one (ABBA), after ${WARM_UP} warm-up calls of each; ${RUNS} runs.`,
      'BFF: the production server (`node --import tsx apps/server/src/server.ts`) in its own process with `LIGHTSAIL_SOURCE=aws`, `LIGHTSAIL_ENDPOINT=<simulator>`, `CACHE_TTL_MS=0` (every request goes upstream, like the direct call), `LOG_LEVEL=info` (as shipped) logging to a file. Direct: `LightsailClient` + `GetExportSnapshotRecordsCommand` in the bench process, keep-alive, same endpoint and credentials.',
      `Upstream page calls made by one BFF request for this page: ${callsPerBffRequest} (1 means the BFF fetched exactly the page the direct call fetched).`,
    );
  } finally {
    stage.sim.clearFaults('*');
    client.destroy();
    await bff.stop();
  }
  return { rows, notes };
}
