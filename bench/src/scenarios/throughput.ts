import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { recordsUrl } from '../lib/api';
import { QUICK, repoRoot } from '../lib/config';
import { type RunningServer, startBff, startNodeServer } from '../lib/processes';
import { interleave } from '../lib/timing';
import { comparedRow, measure, type ScenarioResult } from '../report';
import type { Stage } from './stage';

const RUNS = QUICK ? 1 : 3;
const DURATION_S = QUICK ? 3 : 10;
const CONNECTIONS = 50;
const GOAL = 0.3;

interface Load {
  rps: number;
  p99: number;
}

/**
 * 4. Requests per second on a cached `/api/records` page against a bare Express `res.json` of the
 * same body (the ceiling of any Express route on this machine), both in their own processes, with
 * autocannon in the bench process.
 */
export async function throughput(stage: Stage): Promise<ScenarioResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-throughput-'));
  let bff: RunningServer | undefined;
  let ceiling: RunningServer | undefined;
  try {
    // A TTL longer than the test, so the page stays cached throughout: this measures the cached path.
    bff = await startBff({
      simUrl: stage.sim.url,
      credentials: stage.sim.credentials,
      regions: stage.regions,
      cacheTtlMs: 600_000,
    });
    const pageUrl = recordsUrl(bff.url, { limit: '50' });
    const response = await fetch(pageUrl);
    if (!response.ok) throw new Error(`GET ${pageUrl} answered ${response.status}`);
    const body = await response.text();
    const payloadFile = path.join(dir, 'page.json');
    writeFileSync(payloadFile, body);
    ceiling = await startNodeServer({
      name: 'ceiling',
      cwd: path.join(repoRoot, 'bench'),
      args: ['--import', 'tsx', 'src/ceiling-server.ts'],
      env: { PAYLOAD_FILE: payloadFile },
      listening: /Ceiling listening on (http:\/\/\S+)/,
    });
    const ceilingUrl = `${ceiling.url}/x`;

    stage.sim.resetStats();
    await load(ceilingUrl, 2);
    await load(pageUrl, 2);
    const samples = { baseline: [] as Load[], subject: [] as Load[] };
    await interleave(
      RUNS,
      async () => {
        samples.baseline.push(await load(ceilingUrl, DURATION_S));
        return 0;
      },
      async () => {
        samples.subject.push(await load(pageUrl, DURATION_S));
        return 0;
      },
    );
    const upstreamDuringLoad = stage.sim.stats().requests.length;

    const row = (figure: string, key: keyof Load, unit: 'req/s' | 'ms') =>
      comparedRow({
        scenario: '4',
        figure,
        subject: measure(
          samples.subject.map((sample) => sample[key]),
          unit,
        ),
        baseline: {
          label: 'bare Express res.json, same body',
          measure: measure(
            samples.baseline.map((sample) => sample[key]),
            unit,
          ),
        },
      });
    const rps = row(
      `Throughput, cached /api/records?limit=50 (all regions), ${CONNECTIONS} connections, ${DURATION_S} s`,
      'rps',
      'req/s',
    );
    rps.target = { kind: 'goal', text: `≥ ${GOAL} x (30 % of the ceiling)`, met: (rps.ratio ?? 0) >= GOAL };
    const p99 = row('Throughput: p99 latency under that load', 'p99', 'ms');
    return {
      rows: [rps, p99],
      notes: [
        `Body: ${(Buffer.byteLength(body) / 1000).toFixed(1)} kB of JSON (the first page, 50 records over ${stage.regions.length} regions), sent uncompressed by both servers.`,
        `autocannon ${CONNECTIONS} connections, ${DURATION_S} s per run after a 2 s warm-up of each; ${RUNS} runs, interleaved. Every response was 2xx (a run with any non-2xx or socket error fails the bench).`,
        `The BFF ran with \`CACHE_TTL_MS=600000\` (the page stays cached for the whole test) and \`LOG_LEVEL=info\` as shipped, logging to a file; upstream requests during the load: ${upstreamDuringLoad}.`,
      ],
    };
  } finally {
    await bff?.stop();
    await ceiling?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function load(url: string, durationS: number): Promise<Load> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: durationS });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
  }
  return { rps: result.requests.average, p99: result.latency.p99 };
}
