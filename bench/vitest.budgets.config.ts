import { defineConfig } from 'vitest/config';

// Run from the repository root. The deterministic budgets of docs/benchmarks.md (sizes, counts), run by `pnpm test:budgets` after
// `pnpm build` in `npm test`. Timing budgets are never asserted: they are only reported by `pnpm bench`.
export default defineConfig({
  test: {
    name: 'budgets',
    environment: 'node',
    include: ['bench/src/budgets/**/*.budget.test.ts'],
    testTimeout: 60_000,
  },
});
