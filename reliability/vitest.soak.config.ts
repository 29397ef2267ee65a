import { defineConfig } from 'vitest/config';

/** `pnpm test:soak`: the slow part (load, the built app's assets). Runs after the web build. */
export default defineConfig({
  test: {
    name: 'reliability-soak',
    root: new URL('.', import.meta.url).pathname,
    environment: 'node',
    include: ['src/**/*.soak.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
