import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { Simulator } from '@export-ledger/lightsail-sim';

const serverDir = fileURLToPath(new URL('../../../apps/server', import.meta.url));
const gcOnSignal = fileURLToPath(new URL('./gc-on-signal.mjs', import.meta.url));

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  pid: number;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Sends a signal and resolves with the exit code (null when killed by a signal). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface SpawnOptions {
  env?: Record<string, string>;
  /** Node flags before the entry point, e.g. `--expose-gc`. */
  nodeArgs?: string[];
  /** Load a hook that runs `global.gc()` on SIGUSR2 (needs `--expose-gc`). */
  gcOnSignal?: boolean;
}

/**
 * Only what the server needs from the parent: never the developer's AWS_* variables, profiles or
 * instance metadata, so nothing here can reach a real account.
 */
export function baseEnv(): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '1000000',
    AWS_CONFIG_FILE: '/nonexistent',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
}

/** The environment that points the real server (SDK path) at a standalone simulator. */
export function simEnv(sim: Simulator): Record<string, string> {
  return {
    LIGHTSAIL_SOURCE: 'aws',
    LIGHTSAIL_ENDPOINT: sim.url,
    LIGHTSAIL_REGIONS: sim.regions.join(','),
    AWS_ACCESS_KEY_ID: sim.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: sim.credentials.secretAccessKey,
    AWS_REGION: 'us-east-1',
  };
}

/** Spawns `apps/server/src/server.ts` exactly as `npm start` runs it and returns once it listens. */
export function spawnServerProcess(options: SpawnOptions = {}): ChildProcess {
  const args = [...(options.nodeArgs ?? [])];
  if (options.gcOnSignal) args.push('--import', gcOnSignal);
  args.push('--import', 'tsx', 'src/server.ts');
  return spawn(process.execPath, args, {
    cwd: serverDir,
    env: { ...baseEnv(), ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export async function startServerProcess(options: SpawnOptions = {}): Promise<ServerProcess> {
  const child = spawnServerProcess(options);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not listen within 30 s:\n${output}`)),
      30_000,
    );
    const onData = () => {
      const match = /Export Ledger listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output}`));
    });
  });
  return {
    url,
    child,
    pid: child.pid ?? -1,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      const exited = once(child, 'exit');
      child.kill(signal);
      const [code] = (await exited) as [number | null];
      return code;
    },
  };
}

/** Runs the server to its exit (for configurations it must refuse) and returns code and output. */
export async function runServerToExit(
  env: Record<string, string>,
  timeoutMs = 20_000,
): Promise<{ code: number | null; output: string; listened: boolean }> {
  const child = spawnServerProcess({ env });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(timer);
  return { code, output, listened: output.includes('Export Ledger listening on') };
}

/** Polls until `/readyz` is 200 (the server knows its regions). */
export async function waitUntilReady(url: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await fetch(`${url}/readyz`).catch(() => undefined);
    await response?.body?.cancel();
    if (response?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} never became ready`);
}
