import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux). */
export function processCpuMs(pid: number): number {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may contain spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) / ticksPerSecond) * 1000;
}

/**
 * CPU the server process spends per request, over `count` sequential calls. Unlike wall time it
 * hardly moves with the machine's load, so it says what the server costs rather than what it waited.
 */
export async function cpuPerRequest(
  pid: number,
  count: number,
  action: () => Promise<unknown>,
): Promise<number> {
  const before = processCpuMs(pid);
  for (let i = 0; i < count; i++) await action();
  return (processCpuMs(pid) - before) / count;
}
