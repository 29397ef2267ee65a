import { test as base, expect } from '@playwright/test';

/**
 * Every journey runs against the server global-setup started, and fails on any console error or
 * uncaught page error, even when its own assertions pass.
 */
export const test = base.extend<{ failOnPageErrors: undefined }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires fixtures to destructure their first argument.
  baseURL: async ({}, use) => {
    await use(process.env.E2E_BASE_URL);
  },
  failOnPageErrors: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await use(undefined);
      expect(problems, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
