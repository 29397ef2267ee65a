import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'lightsail-sim',
    environment: 'node',
    // The SDK warns once per process that Node 20 support ends; it says nothing about the simulator.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
