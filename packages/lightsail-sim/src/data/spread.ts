import { createRng } from './prng';

/**
 * Splits `total` records unevenly across regions, like a real fleet concentrated in a few regions:
 * one region in five (at least one when three or more are served) gets none, and the rest get
 * skewed shares. Draws come from (seed, region); the largest-remainder rounding makes the counts
 * add up to `total` exactly.
 */
export function spreadRecords(seed: number, regions: readonly string[], total: number): Map<string, number> {
  const draws = regions.map((region) => {
    const rng = createRng(seed, 'spread', region);
    return { emptiness: rng.next(), weight: 0.05 + rng.next() ** 2 * 3 };
  });
  const emptyCount = regions.length >= 3 ? Math.max(1, Math.round(regions.length / 5)) : 0;
  const empty = new Set(
    draws
      .map((d, i) => ({ i, key: d.emptiness }))
      .sort((a, b) => a.key - b.key)
      .slice(0, emptyCount)
      .map((d) => d.i),
  );
  const weights = draws.map((d, i) => (empty.has(i) ? 0 : d.weight));
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum === 0 ? 0 : (w / sum) * total));
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, remainder: x - Math.floor(x) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    if (weights[i] === 0) continue;
    counts[i] = (counts[i] ?? 0) + 1;
    left--;
  }
  return new Map(regions.map((region, i) => [region, counts[i] ?? 0]));
}
