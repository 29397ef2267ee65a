import { configDefaults, defineProject } from 'vitest/config';

// Budget tests need the web build and running servers: `pnpm test:budgets` runs them after `pnpm build`.
export default defineProject({
  test: { name: 'bench', environment: 'node', exclude: [...configDefaults.exclude, '**/*.budget.test.ts'] },
});
