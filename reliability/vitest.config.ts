import { defineProject } from 'vitest/config';

/** The fast part of the suite, run by `npm test` through the root's Vitest projects. */
export default defineProject({
  test: {
    name: 'reliability',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    exclude: ['src/**/*.soak.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file spawns its own servers; two cores are shared, so files run one or two at a time.
    maxWorkers: 2,
    // Vitest refuses projects with different maxWorkers in one group (the default depends on the
    // machine's cores): this project runs as its own group, after the others.
    sequence: { groupOrder: 1 },
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
