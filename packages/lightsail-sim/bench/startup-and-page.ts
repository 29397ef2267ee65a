/**
 * Measures what the README reports: CLI start-up to "listening" with 10,000 records in each of the
 * 20 regions, the cost of a region's first use (it is generated then), and the time to serve one
 * page over HTTP (a signed request replayed on a keep-alive connection, so the number covers
 * SigV4 verification, paging and serialization, not the client's signing).
 * Usage: pnpm --filter @export-ledger/lightsail-sim bench [--runs 5] [--requests 2000]
 */
import { type SpawnOptionsWithStdioTuple, spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { startSimulator } from '../src/index';

const { values } = parseArgs({ options: { runs: { type: 'string' }, requests: { type: 'string' } } });
const RUNS = Number(values.runs ?? 5);
const REQUESTS = Number(values.requests ?? 2000);
const PER_REGION = 10_000;
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** Biome's console rule covers packages' bench folders too; the report goes to stdout either way. */
const print = (line: string) => process.stdout.write(`${line}\n`);
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 3 : 0)} ms`;

/**
 * Wall time from spawning the CLI to its "listening" line: Node directly, or `pnpm sim` from the
 * repository root (pnpm's own start-up included). The child runs in its own process group so that
 * SIGTERM reaches the simulator under pnpm too.
 */
function cliStartup(via: 'node' | 'pnpm'): Promise<number> {
  const args = ['--port', '0', '--records-per-region', String(PER_REGION)];
  const started = performance.now();
  const options: SpawnOptionsWithStdioTuple<'ignore', 'pipe', 'ignore'> = {
    stdio: ['ignore', 'pipe', 'ignore'],
    detached: true,
  };
  const child =
    via === 'node'
      ? spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { ...options, cwd: packageDir })
      : spawn('pnpm', ['sim', ...args], { ...options, cwd: repoRoot });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (!chunk.toString().includes('Lightsail simulator listening on')) return;
      const elapsed = performance.now() - started;
      child.on('exit', () => resolve(elapsed));
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    });
    child.on('error', reject);
  });
}

async function signedPage(url: URL, region: string, pageToken?: string) {
  const body = JSON.stringify(pageToken ? { pageToken } : {});
  const signer = new SignatureV4({
    credentials: { accessKeyId: 'AKIAEXPORTLEDGERDEMO', secretAccessKey: 'export-ledger-demo-secret' },
    region,
    service: 'lightsail',
    sha256: Sha256,
  });
  const signed = await signer.sign(
    new HttpRequest({
      method: 'POST',
      hostname: url.hostname,
      path: '/',
      headers: {
        host: url.host,
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'Lightsail_20161128.GetExportSnapshotRecords',
      },
      body,
    }),
  );
  return { headers: signed.headers, body };
}

function send(
  url: URL,
  agent: Agent,
  page: { headers: Record<string, string>; body: string },
): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: page.headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => {
        text += chunk;
      });
      res.on('end', () => (res.statusCode === 200 ? resolve(text) : reject(new Error(text))));
    });
    req.on('error', reject);
    req.end(page.body);
  });
}

/** Median and tails of one page over a keep-alive connection: the first page, and one from the middle. */
async function measurePages(url: URL, where: string): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  // The ground truth through the control route gives a real record from the middle of the region.
  const { records } = (await (await fetch(new URL('/__sim/records/eu-west-2', url))).json()) as {
    records: { createdAt: number; arn: string }[];
  };
  const middle = records[Math.floor(records.length / 2)];
  const deepToken = Buffer.from(JSON.stringify(['v1', 'eu-west-2', middle?.createdAt, middle?.arn])).toString(
    'base64url',
  );
  for (const [label, page] of [
    ['first page', await signedPage(url, 'eu-west-2')],
    ['page from the middle (token)', await signedPage(url, 'eu-west-2', deepToken)],
  ] as const) {
    for (let i = 0; i < 200; i++) await send(url, agent, page);
    const times: number[] = [];
    const cpu = process.cpuUsage();
    for (let i = 0; i < REQUESTS; i++) {
      const started = performance.now();
      await send(url, agent, page);
      times.push(performance.now() - started);
    }
    const { user, system } = process.cpuUsage(cpu);
    times.sort((a, b) => a - b);
    print(
      `One page of 25 over HTTP, ${where}, ${label}, ${REQUESTS} requests: median ${fmt(percentile(times, 0.5))}, p95 ${fmt(percentile(times, 0.95))}, p99 ${fmt(percentile(times, 0.99))}`,
    );
    // CPU time does not grow when other processes compete for the cores, unlike wall time.
    print(`  CPU time of this process per page: ${fmt((user + system) / 1000 / REQUESTS)}`);
  }
  agent.destroy();
}

/** The CLI as a separate process, so the client's work and garbage do not share its event loop. */
function startCliChild(): Promise<{ url: URL; stop: () => void }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli.ts', '--port', '0', '--records-per-region', String(PER_REGION)],
    { cwd: packageDir, stdio: ['ignore', 'pipe', 'ignore'], detached: true },
  );
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const found = /Lightsail simulator listening on (\S+)/.exec(chunk.toString());
      if (!found?.[1]) return;
      resolve({
        url: new URL(found[1]),
        stop: () => {
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
        },
      });
    });
    child.on('error', reject);
  });
}

async function main() {
  print(
    `Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  for (const via of ['node', 'pnpm'] as const) {
    const startups: number[] = [];
    for (let i = 0; i < RUNS; i++) startups.push(await cliStartup(via));
    startups.sort((a, b) => a - b);
    const command = via === 'node' ? 'node --import tsx src/cli.ts' : 'pnpm sim (repo root)';
    print(`CLI start-up to "listening" via ${command}, ${PER_REGION} records x 20 regions, ${RUNS} runs:`);
    print(`  median ${fmt(percentile(startups, 0.5))}, max ${fmt(startups[startups.length - 1] ?? NaN)}`);
  }

  const sim = await startSimulator({ recordsPerRegion: PER_REGION });
  const url = new URL(sim.url);
  const t = performance.now();
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  await send(url, agent, await signedPage(url, 'eu-west-2'));
  agent.destroy();
  print(`First page of a region not used yet (generates its timeline): ${fmt(performance.now() - t)}`);
  await measurePages(url, 'simulator in this process');
  const child = await startCliChild();
  await measurePages(child.url, 'simulator in its own process (the CLI)');
  child.stop();
  print(
    `Resident memory of this process, pages served: ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB`,
  );
  // Last, so that collecting 200,000 records' garbage does not land in the page timings.
  const built0 = performance.now();
  let built = 0;
  for (const region of sim.regions) built += sim.records(region).length;
  print(
    `Building all ${built} records (the ground truth of every region): ${fmt(performance.now() - built0)}`,
  );
  await sim.close();
}

await main();
