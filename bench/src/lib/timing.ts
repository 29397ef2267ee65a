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
export function interleave(
  runs: number,
  baseline: () => Promise<number>,
  subject: () => Promise<number>,
): Promise<{ baseline: number[]; subject: number[] }> {
  return interleaveWithin(runs, Number.POSITIVE_INFINITY, baseline, subject);
}

/**
 * For short calls: within each run, baseline and subject calls alternate one by one (ABBA again), so
 * both see the same moment of the machine; each run's figure is the median of its calls on each side.
 */
export async function interleaveCalls(
  runs: number,
  callsPerRun: number,
  baseline: () => Promise<unknown>,
  subject: () => Promise<unknown>,
): Promise<{ baseline: number[]; subject: number[] }> {
  const result = { baseline: [] as number[], subject: [] as number[] };
  for (let run = 0; run < runs; run++) {
    const a: number[] = [];
    const b: number[] = [];
    for (let call = 0; call < callsPerRun; call++) {
      if ((run + call) % 2 === 0) {
        a.push(await timeIt(baseline));
        b.push(await timeIt(subject));
      } else {
        b.push(await timeIt(subject));
        a.push(await timeIt(baseline));
      }
    }
    result.baseline.push(median(a));
    result.subject.push(median(b));
  }
  return result;
}

/** Keeps starting runs until `runs` are done or `budgetMs` is spent; always at least one. */
export async function runsWithin<T>(
  runs: number,
  budgetMs: number,
  run: (index: number) => Promise<T>,
): Promise<T[]> {
  const started = performance.now();
  const results: T[] = [];
  for (let index = 0; index < runs; index++) {
    if (index > 0 && performance.now() - started > budgetMs) break;
    results.push(await run(index));
  }
  return results;
}

/** `interleave` (ABBA) for slow runs: no new pair starts once `budgetMs` is spent; always one pair. */
export async function interleaveWithin(
  runs: number,
  budgetMs: number,
  baseline: () => Promise<number>,
  subject: () => Promise<number>,
): Promise<{ baseline: number[]; subject: number[] }> {
  const pairs = await runsWithin(runs, budgetMs, async (index) => {
    if (index % 2 === 0) {
      const first = await baseline();
      return { baseline: first, subject: await subject() };
    }
    const first = await subject();
    return { subject: first, baseline: await baseline() };
  });
  return { baseline: pairs.map((pair) => pair.baseline), subject: pairs.map((pair) => pair.subject) };
}
