import type { SimulatorOptions } from '@export-ledger/lightsail-sim';
import { test as base, expect, type Page } from '@playwright/test';
import { type Stack, startStack } from './support/stack';

interface Options {
  /** `demo`: the default server (embedded simulator). `main`: the 5,000-record standalone stack. */
  server: 'demo' | 'main';
  /**
   * Console errors a journey provokes on purpose, e.g. Chromium's "Failed to load resource: … 404"
   * when it opens a record that does not exist. Anything else still fails the test.
   */
  expectedConsoleErrors: RegExp[];
}

interface Fixtures {
  failOnPageErrors: undefined;
  /** Starts a simulator + server pair of the test's own (closed after it), for faults and live mode. */
  startOwnStack: (simOptions: SimulatorOptions, env?: Record<string, string>) => Promise<Stack>;
}

/** Console errors and uncaught errors of a page; for pages a test opens in contexts of its own. */
export function watchPageErrors(page: Page, expected: RegExp[] = []): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (expected.some((pattern) => pattern.test(message.text()))) return;
    problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

/**
 * Every journey runs against a server global-setup started (or one of its own), and fails on any
 * console error or uncaught page error, even when its own assertions pass.
 */
export const test = base.extend<Options & Fixtures>({
  server: ['main', { option: true }],
  expectedConsoleErrors: [[], { option: true }],
  baseURL: async ({ server }, use) => {
    await use(server === 'demo' ? process.env.E2E_BASE_URL : process.env.E2E_LEDGER_URL);
  },
  failOnPageErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const problems = watchPageErrors(page, expectedConsoleErrors);
      await use(undefined);
      expect(problems, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires fixtures to destructure their first argument.
  startOwnStack: async ({}, use) => {
    const stacks: Stack[] = [];
    await use(async (simOptions, env) => {
      const stack = await startStack(simOptions, env);
      stacks.push(stack);
      return stack;
    });
    await Promise.all(stacks.map((stack) => stack.close()));
  },
});

export { expect };
