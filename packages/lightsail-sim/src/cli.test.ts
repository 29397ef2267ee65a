import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** The CLI in its own process group, so a signal reaches the simulator even under pnpm. */
function startCli(args: string[], via: 'tsx' | 'pnpm' = 'tsx') {
  const child =
    via === 'tsx'
      ? spawn(tsx, ['src/cli.ts', ...args], {
          cwd: packageDir,
          stdio: ['ignore', 'pipe', 'pipe'],
          detached: true,
        })
      : spawn('pnpm', ['sim', ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

describe('pnpm sim (the CLI)', () => {
  it('prints where it listens and the credentials, serves, and stops cleanly on SIGTERM', {
    timeout: 20_000,
  }, async () => {
    const cli = startCli(['--port', '0', '--records-per-region', '3', '--regions', 'eu-west-2']);
    await expect
      .poll(() => cli.output().stdout, { timeout: 15_000 })
      .toMatch(/listening on http:\/\/127\.0\.0\.1:\d+\n/);
    const { stdout } = cli.output();
    const url = /Lightsail simulator listening on (\S+)/.exec(stdout)?.[1];
    expect(stdout).toContain('AWS_ACCESS_KEY_ID=AKIAEXPORTLEDGERDEMO');
    expect(stdout).toContain('AWS_SECRET_ACCESS_KEY=export-ledger-demo-secret');
    const response = await fetch(`${url}/__sim/records/eu-west-2`);
    expect(((await response.json()) as { records: unknown[] }).records).toHaveLength(3);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });

  it('runs as `pnpm sim` from the repository root, flags passed through', { timeout: 30_000 }, async () => {
    const cli = startCli(['--port', '0', '--regions', 'eu-west-2', '--records-per-region', '4'], 'pnpm');
    await expect
      .poll(() => cli.output().stdout, { timeout: 25_000 })
      .toMatch(/listening on http:\/\/127\.0\.0\.1:\d+\n/);
    const url = /Lightsail simulator listening on (\S+)/.exec(cli.output().stdout)?.[1];
    const response = await fetch(`${url}/__sim/records/eu-west-2`);
    expect(((await response.json()) as { records: unknown[] }).records).toHaveLength(4);
    if (cli.child.pid !== undefined) process.kill(-cli.child.pid, 'SIGTERM');
    await cli.exited;
  });

  it('exits with status 2 and a message naming a bad flag', { timeout: 20_000 }, async () => {
    const cli = startCli(['--page-size', 'zero']);
    expect(await cli.exited).toBe(2);
    expect(cli.output().stderr).toMatch(/--page-size must be an integer/);
  });
});
