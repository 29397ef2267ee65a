import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY, SECRET_CANARIES } from '../support/canary';
import { securityHeaderProblems } from '../support/headers';
import { rawRequest } from '../support/http';
import { baseEnv } from '../support/server-process';
import { type Stack, startStack } from '../support/stack';

const webDir = fileURLToPath(new URL('../../../apps/web', import.meta.url));
const distDir = path.join(webDir, 'dist');
let stack: Stack;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** Builds the web app with the canaries in the build's environment (as a careless CI might have them). */
function buildWithCanaries(outDir: string): void {
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir'],
    {
      cwd: webDir,
      env: {
        ...baseEnv(),
        NODE_ENV: 'production',
        AWS_ACCESS_KEY_ID: CANARY.accessKeyId,
        AWS_SECRET_ACCESS_KEY: CANARY.secretAccessKey,
        AWS_SESSION_TOKEN: CANARY.sessionToken,
      },
      stdio: 'pipe',
    },
  );
}

beforeAll(async () => {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    execFileSync('pnpm', ['--filter', '@export-ledger/web', 'build'], { stdio: 'pipe' });
  }
  stack = await startStack(
    {
      seed: 101,
      regions: ['eu-west-2', 'us-east-1'],
      records: 30,
      credentials: {
        accessKeyId: CANARY.accessKeyId,
        secretAccessKey: CANARY.secretAccessKey,
        sessionToken: CANARY.sessionToken,
      },
    },
    { AWS_SESSION_TOKEN: CANARY.sessionToken, LOG_LEVEL: 'debug' },
  );
}, 120_000);

afterAll(async () => {
  await stack?.close();
});

/** The page, every asset it links, and every file of the build, as the server serves them. */
async function crawlApp(): Promise<
  { path: string; status: number; headers: Record<string, unknown>; body: string }[]
> {
  const name = stack.sim.records('eu-west-2')[0]?.name ?? 'x';
  const pages = [
    '/',
    '/?region=eu-west-2&state=Failed',
    `/records/eu-west-2/${name}`,
    '/records/eu-west-2/nope',
    '/no/such/page',
  ];
  const built = filesUnder(distDir).map(
    (file) => `/${path.relative(distDir, file).split(path.sep).join('/')}`,
  );
  const answers = [];
  for (const target of [...pages, ...built, '/assets/missing.js']) {
    const response = await rawRequest(stack.url, target, { headers: { accept: 'text/html,*/*' } });
    answers.push({ path: target, status: response.status, headers: response.headers, body: response.body });
  }
  return answers;
}

describe('the built web app as the server serves it', () => {
  it('carries the security headers on HTML, every asset and static 404s', async () => {
    const answers = await crawlApp();
    const problems = answers.flatMap((answer) =>
      securityHeaderProblems(answer.headers as never).map(
        (problem) => `${answer.path} (${answer.status}): ${problem}`,
      ),
    );
    expect(problems).toEqual([]);
    expect(answers.find((answer) => answer.path === '/')?.headers['content-type']).toMatch(/^text\/html/);
    expect(
      answers.filter((answer) => answer.path.startsWith('/assets/') && answer.status === 200).length,
    ).toBeGreaterThan(2);
    expect(answers.find((answer) => answer.path === '/assets/missing.js')?.status).toBe(404);
  });

  it('never contains the canary credentials: not in served pages and assets, logs, or a build made with them in its environment', async () => {
    const served = (await crawlApp())
      .map((answer) => `${JSON.stringify(answer.headers)}\n${answer.body}`)
      .join('\n');
    const outDir = mkdtempSync(path.join(tmpdir(), 'export-ledger-canary-build-'));
    try {
      buildWithCanaries(outDir);
      const built = filesUnder(outDir).map((file) => readFileSync(file, 'utf8'));
      const shipped = filesUnder(distDir).map((file) => readFileSync(file, 'utf8'));
      expect(built.length).toBeGreaterThan(2);
      for (const canary of [...SECRET_CANARIES, CANARY.accessKeyId]) {
        expect(
          built.some((text) => text.includes(canary)),
          `build contains ${canary}`,
        ).toBe(false);
        expect(shipped.some((text) => text.includes(canary))).toBe(false);
        expect(served).not.toContain(canary);
      }
      // Nor the embedded simulator's demo key pair: the browser never needs any credential.
      for (const text of [...built, ...shipped]) expect(text).not.toContain('export-ledger-demo-secret');
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
    await stack.server.stop('SIGTERM');
    for (const canary of SECRET_CANARIES) expect(stack.server.output()).not.toContain(canary);
  });
});
