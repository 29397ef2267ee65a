import { defineConfig } from '@playwright/test';

// Stacks started in the workers use the AWS SDK, which warns once per process that Node 20 support
// ends in 2027: known (README), and noise in the suite's output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/**
 * Real Chromium from the OS (Playwright cannot download its own build here): /usr/bin/chromium, or
 * the binary CHROMIUM_PATH names. global-setup.ts starts the production server on a free port.
 */
export default defineConfig({
  testDir: './tests',
  globalSetup: './global-setup.ts',
  outputDir: './test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  // CI shares two cores with the servers and simulators the suite starts: give assertions room.
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { outputFolder: 'playwright-report', open: 'never' }]],
  use: {
    browserName: 'chromium',
    headless: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      // The network here is closed: stop Chromium from trying to reach Google at every start.
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-gpu',
      ],
    },
  },
});
