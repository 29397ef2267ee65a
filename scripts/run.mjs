#!/usr/bin/env node
// Entry point of `npm start` and `npm test` on a machine that has only Node and npm:
// brings the pinned pnpm, installs from the lockfile, builds what is needed, then runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const pinned = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).packageManager.split('@')[1];

function pnpmCommand() {
  try {
    const found = execFileSync('pnpm', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    if (found.trim() === pinned) return ['pnpm'];
  } catch {
    // not installed: fall through to npx, which caches the pinned version
  }
  return ['npx', '--yes', `pnpm@${pinned}`];
}

const pnpm = pnpmCommand();

function run(args, env = {}) {
  const [cmd, ...rest] = [...pnpm, ...args];
  const result = spawnSync(cmd, rest, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const task = process.argv[2];
run(['install', '--frozen-lockfile', '--prefer-offline', '--reporter=append-only']);

if (task === 'start') {
  run(['run', 'build']);
  run(['--filter', '@export-ledger/server', 'start']);
} else if (task === 'test') {
  run(['run', 'lint']);
  run(['run', 'typecheck']);
  run(['run', 'test:unit']);
  run(['run', 'build']);
  // Deterministic performance budgets (bundle size, upstream call counts): they need the build.
  run(['run', 'test:budgets']);
  run(['run', 'test:e2e']);
  run(['run', 'test:soak']); // reliability: load test and the built app's headers and assets
} else {
  console.error(`usage: node scripts/run.mjs start|test (got ${task ?? 'nothing'})`);
  process.exit(2);
}
