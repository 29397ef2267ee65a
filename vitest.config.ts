import { defineConfig } from 'vitest/config';

// Each workspace package has its own vitest config; this runs them all in one report.
export default defineConfig({
  test: {
    projects: ['apps/*', 'packages/*', 'bench', 'reliability'],
  },
});
