import { getPage } from '../lib/api';
import { QUICK, RUNS } from '../lib/config';
import { cpuPerRequest } from '../lib/process-cpu';
import { startBff } from '../lib/processes';
import { interleaveCalls } from '../lib/timing';
import { comparedRow, measure, type ScenarioResult } from '../report';
import { type Stage, upstreamPageCalls } from './stage';

const REQUESTS_PER_RUN = QUICK ? 5 : 15;
const LATENCY_MS = 40;
const BUDGET = 1.5;

/**
 * 2. The first page over every region against the first page of one region, each region 40 ms away.
 * Regions are read in parallel, so the all-regions page should cost little more than the slowest one.
 */
export async function fanOut(stage: Stage): Promise<ScenarioResult> {
  const region = stage.regions[0] as string;
  const bff = await startBff({
    simUrl: stage.sim.url,
    credentials: stage.sim.credentials,
    regions: stage.regions,
    cacheTtlMs: 0,
  });
  try {
    stage.sim.setFaults('*', { latencyMs: LATENCY_MS });
    const oneRegion = () => getPage(bff.url, { region, limit: '50' });
    const allRegions = () => getPage(bff.url, { limit: '50' });
    for (let i = 0; i < 5; i++) {
      await oneRegion();
      await allRegions();
    }
    stage.sim.resetStats();
    const page = await allRegions();
    const callsPerRequest = upstreamPageCalls(stage.sim);
    const failed = page.regions.filter((status) => status.status !== 'ok').map((status) => status.region);

    const runs = await interleaveCalls(RUNS, REQUESTS_PER_RUN, oneRegion, allRegions);
    const row = comparedRow({
      scenario: '2',
      figure: `Fan-out: first page (limit 50) of all ${stage.regions.length} regions, ${LATENCY_MS} ms each`,
      subject: measure(runs.subject, 'ms'),
      baseline: { label: `first page of one region (${region})`, measure: measure(runs.baseline, 'ms') },
    });
    const cpuAll = await cpuPerRequest(bff.pid, REQUESTS_PER_RUN * 2, allRegions);
    const cpuOne = await cpuPerRequest(bff.pid, REQUESTS_PER_RUN * 2, oneRegion);
    row.target = { kind: 'budget', text: `≤ ${BUDGET} x`, met: (row.ratio ?? Number.NaN) <= BUDGET };
    return {
      rows: [row],
      notes: [
        `Same BFF set-up as figure 1 (cache off), every region at ${LATENCY_MS} ms. Each run is the median of ${REQUESTS_PER_RUN} requests of each kind, alternating one by one; ${RUNS} runs.`,
        `One all-regions request made ${callsPerRequest} upstream page calls for ${stage.regions.length} regions${failed.length ? `; regions reported failed: ${failed.join(', ')}` : ''}.`,
        `BFF CPU per request (from /proc): ${cpuAll.toFixed(1)} ms for all regions, ${cpuOne.toFixed(1)} ms for one. Every region answers after the same ${LATENCY_MS} ms, so all ${stage.regions.length} pages arrive together and are deserialized one after the other on the BFF's single thread: the all-regions time is about the latency plus that CPU, and CPU is what a loaded machine stretches.`,
      ],
    };
  } finally {
    stage.sim.clearFaults('*');
    await bff.stop();
  }
}
