import { median } from '../stats';

/** Milliseconds taken by one call. */
export async function timeIt(action: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

/** Median latency of `count` sequential calls: one run's figure. */
export async function medianLatency(count: number, action: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) samples.push(await timeIt(action));
  return median(samples);
}

/**
 * Runs baseline and subject alternately, in ABBA order (A B, B A, A B...), so that a load spike from
 * the other work on this machine or a slow drift falls on both sides instead of on one.
 */
export async function interleave(
  runs: number,
  baseline: () => Promise<number>,
  subject: () => Promise<number>,
): Promise<{ baseline: number[]; subject: number[] }> {
  const result = { baseline: [] as number[], subject: [] as number[] };
  for (let run = 0; run < runs; run++) {
    if (run % 2 === 0) {
      result.baseline.push(await baseline());
      result.subject.push(await subject());
    } else {
      result.subject.push(await subject());
      result.baseline.push(await baseline());
    }
  }
  return result;
}
