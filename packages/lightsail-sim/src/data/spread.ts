import { createRng } from './prng';

/**
 * Splits `total` records unevenly across regions: about one region in five gets none and the rest
 * are skewed, like a real fleet concentrated in a few regions. Each region's weight comes from
 * (seed, region) only; the largest-remainder rounding makes the counts add up to `total` exactly.
 */
export function spreadRecords(seed: number, regions: readonly string[], total: number): Map<string, number> {
  const weights = regions.map((region): number => {
    const rng = createRng(seed, 'spread', region);
    return rng.chance(0.2) ? 0 : 0.05 + rng.next() ** 2 * 3;
  });
  if (!weights.some((w) => w > 0) && weights.length > 0) weights[0] = 1;
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
