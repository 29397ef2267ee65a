import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { repoRoot } from './config';

export interface RunningServer {
  url: string;
  pid: number;
  /** Everything the process wrote (its log), for a failure message. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts a Node server in its own process and waits for the line announcing its URL. Its stdout goes
 * to a file, not a pipe: reading a busy server's log through a pipe would cost the bench process CPU
 * in the middle of a measurement, and an undrained pipe would block the server.
 */
export async function startNodeServer(options: {
  name: string;
  cwd: string;
  args: string[];
  env: Record<string, string>;
  listening: RegExp;
  timeoutMs?: number;
}): Promise<RunningServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `bench-${options.name}-`));
  const logFile = path.join(dir, 'output.log');
  const fd = openSync(logFile, 'w');
  const child = spawn(process.execPath, options.args, {
    cwd: options.cwd,
    // None of the developer's AWS_* (a session token or profile would not match the simulator's keys).
    env: { ...withoutAws(process.env), ...options.env },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  const output = () => readFileSync(logFile, 'utf8');
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });

  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    const match = output().match(options.listening);
    if (match?.[1]) {
      return {
        url: match[1],
        pid: child.pid as number,
        output,
        stop: async () => {
          await stopChild(child);
          rmSync(dir, { recursive: true, force: true });
        },
      };
    }
    if (exited || Date.now() > deadline) {
      if (!exited) await stopChild(child);
      throw new Error(`${options.name} did not start:\n${output().slice(-4000)}`);
    }
    await sleep(25);
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

export interface BffOptions {
  simUrl: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  regions: string[];
  /** CACHE_TTL_MS; 0 turns the page cache off so every request reaches upstream. */
  cacheTtlMs?: number;
  logLevel?: string;
  /** Production mode serves the web build from the same origin. */
  production?: boolean;
  extraEnv?: Record<string, string>;
  /** Extra Node flags, e.g. --cpu-prof when investigating a missed budget. */
  nodeArgs?: string[];
}

/** The BFF exactly as it ships, pointed at a standalone simulator through the real SDK path. */
export function startBff(options: BffOptions): Promise<RunningServer> {
  const env: Record<string, string> = {
    NODE_ENV: options.production ? 'production' : 'development',
    HOST: '127.0.0.1',
    PORT: '0',
    LIGHTSAIL_SOURCE: 'aws',
    LIGHTSAIL_ENDPOINT: options.simUrl,
    LIGHTSAIL_REGIONS: options.regions.join(','),
    AWS_ACCESS_KEY_ID: options.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: options.credentials.secretAccessKey,
    AWS_REGION: options.regions[0] ?? 'us-east-1',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_EC2_METADATA_DISABLED: 'true',
    LOG_LEVEL: options.logLevel ?? 'info',
    // All load comes from one loopback client here; the per-IP limit (600/min) would answer 429s.
    // The limiter still runs on every request, so its cost is measured.
    RATE_LIMIT_PER_MINUTE: '1000000',
    ...(options.cacheTtlMs === undefined ? {} : { CACHE_TTL_MS: String(options.cacheTtlMs) }),
    ...options.extraEnv,
  };
  return startNodeServer({
    name: 'bff',
    cwd: path.join(repoRoot, 'apps/server'),
    args: [...(options.nodeArgs ?? []), '--import', 'tsx', 'src/server.ts'],
    env,
    listening: /Export Ledger listening on (http:\/\/\S+)/,
  });
}

/** Runs `use` against a freshly started BFF and always stops it. */
export async function withBff<T>(options: BffOptions, use: (bff: RunningServer) => Promise<T>): Promise<T> {
  const bff = await startBff(options);
  try {
    return await use(bff);
  } finally {
    await bff.stop();
  }
}

function withoutAws(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith('AWS_')));
}
