import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { recordsPageSchema } from '@export-ledger/contract';
import { type Simulator, startSimulator } from '@export-ledger/lightsail-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { truthArns } from './test-support/sim-app';

const serverDir = fileURLToPath(new URL('..', import.meta.url));
const regions = ['eu-west-2', 'us-east-1'];
let sim: Simulator;
let child: ChildProcess;
let baseUrl: string;
let stderr: () => string;

/** The server process as a user runs it, LIGHTSAIL_SOURCE=aws against `target`; resolves once it listens. */
async function spawnServer(target: Simulator, env: Record<string, string> = {}) {
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: serverDir,
    env: {
      PATH: process.env.PATH,
      PORT: '0',
      LOG_LEVEL: 'warn',
      LIGHTSAIL_SOURCE: 'aws',
      LIGHTSAIL_ENDPOINT: target.url,
      AWS_ACCESS_KEY_ID: target.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: target.credentials.secretAccessKey,
      AWS_CONFIG_FILE: '/nonexistent',
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
      AWS_EC2_METADATA_DISABLED: 'true',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  server.stderr?.on('data', (data) => {
    errors += String(data);
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout?.on('data', (data) => {
      out += String(data);
      const match = /Export Ledger listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    server.once('exit', (code) => reject(new Error(`server exited with ${code}: ${errors}`)));
  });
  return { child: server, url, stderr: () => errors };
}

/**
 * The real-AWS path, end to end: the server process as a user runs it with LIGHTSAIL_SOURCE=aws,
 * the default credential chain reading AWS_* from the environment, regions from GetRegions, and
 * LIGHTSAIL_ENDPOINT pointing every client at a standalone simulator that checks SigV4.
 */
beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 4, regions, records: 60, pageSize: 9 });
  ({ child, url: baseUrl, stderr } = await spawnServer(sim));
}, 30_000);

afterAll(async () => {
  if (child.exitCode === null) child.kill('SIGKILL');
  await sim.close();
});

describe('server process against a standalone simulator through LIGHTSAIL_ENDPOINT', () => {
  it('becomes ready once GetRegions answered and lists the records of every region', async () => {
    let ready = await fetch(`${baseUrl}/readyz`);
    for (let tries = 0; ready.status !== 200 && tries < 50; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      ready = await fetch(`${baseUrl}/readyz`);
    }
    expect(ready.status).toBe(200);
    const page = recordsPageSchema.parse(await (await fetch(`${baseUrl}/api/records?limit=200`)).json());
    expect(page.records.map((record) => record.arn)).toEqual(truthArns(sim, regions));
    expect(sim.stats().requests.map((request) => request.operation)).toContain('GetRegions');
    expect(stderr()).not.toContain(sim.credentials.secretAccessKey);
  });

  it('on SIGTERM lets a request in flight finish, then exits 0', async () => {
    sim.setFaults('*', { latencyMs: 1000 });
    const inFlight = fetch(`${baseUrl}/api/records?limit=5&state=Failed`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.kill('SIGTERM');
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(recordsPageSchema.parse(await response.json()).records.length).toBeGreaterThan(0);
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  }, 15_000);
});

describe('server process shutdown with a keep-alive client', () => {
  it('answers a request in flight with Connection: close and exits without waiting for the idle connection', async () => {
    const simulator = await startSimulator({ port: 0, seed: 4, regions, records: 60, pageSize: 9 });
    let server: ChildProcess | undefined;
    try {
      const spawned = await spawnServer(simulator, {
        CACHE_TTL_MS: '0',
        LIGHTSAIL_REGIONS: regions.join(','),
      });
      server = spawned.child;
      const url = new URL(spawned.url);
      simulator.setFaults('*', { latencyMs: 1000 });
      const agent = new http.Agent({ keepAlive: true });
      const answer = new Promise<http.IncomingMessage>((resolve, reject) => {
        http
          .get({ host: url.hostname, port: url.port, path: '/api/records?limit=5', agent }, (res) => {
            res.resume();
            res.once('end', () => resolve(res));
          })
          .once('error', reject);
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const signalled = Date.now();
      server.kill('SIGTERM');
      const res = await answer;
      expect(res.statusCode).toBe(200);
      expect(res.headers.connection).toBe('close');
      const [code] = await once(server, 'exit');
      expect(code).toBe(0);
      // Before the fix the idle keep-alive connection held close() until the 8 s cut.
      expect(Date.now() - signalled).toBeLessThan(5000);
      agent.destroy();
    } finally {
      if (server?.exitCode === null) server.kill('SIGKILL');
      await simulator.close();
    }
  }, 20_000);
});
