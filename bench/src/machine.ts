import { execFileSync } from 'node:child_process';
import os from 'node:os';

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  loadAverage: [number, number, number];
}

/** What the numbers were measured on. Ratios travel between machines; absolute times do not. */
export function describeMachine(now = new Date()): Machine {
  const cpus = os.cpus();
  const [one = 0, five = 0, fifteen = 0] = os.loadavg();
  return {
    date: now.toISOString(),
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    loadAverage: [one, five, fifteen],
  };
}

/** Version line of an external tool, or a note that it is missing; never throws. */
export function toolVersion(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 20_000,
    })
      .trim()
      .split('\n')[0] as string;
  } catch {
    return `not available (${command})`;
  }
}
