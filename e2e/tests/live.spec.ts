import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import type { Stack } from '../support/stack';

const REGION = 'eu-west-2';

const startedNow = (stack: Stack) =>
  stack.sim
    .records(REGION)
    .filter((record) => record.state === 'Started')
    .map((record) => record.name);

/**
 * Loads the running exports, then waits for the simulator to finish them. Returns 'shown' once a
 * row the page loaded as Started shows Succeeded, or 'all failed' if every one of them ended Failed
 * (15% each in the simulator), in which case the caller tries again with the exports running then.
 */
async function watchOnce(page: Page, stack: Stack, listCalls: string[]) {
  await expect.poll(() => startedNow(stack).length, { timeout: 20_000 }).toBeGreaterThan(0);
  await page.goto(`${stack.url}/?region=${REGION}&state=Started`);
  await expect(page.getByTestId('records-status')).toHaveText(/End of history/);
  const shown = (await page
    .locator('tbody tr[data-record-name]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-record-name')))) as string[];
  if (shown.length === 0) return 'none shown';
  const callsAfterLoad = listCalls.length;
  await page.evaluate(() => Object.assign(window, { notReloaded: true }));

  let outcome = '';
  await expect
    .poll(
      async () => {
        const truth = new Map(stack.sim.records(REGION).map((record) => [record.name, record.state]));
        const succeeded = shown.filter((name) => truth.get(name) === 'Succeeded');
        if (succeeded.length === 0) {
          outcome = shown.every((name) => truth.get(name) === 'Failed') ? 'all failed' : 'running';
          return outcome === 'all failed';
        }
        const badges = await Promise.all(
          succeeded.map((name) =>
            page.locator(`tbody tr[data-record-name="${name}"] .state-badge`).textContent(),
          ),
        );
        outcome = badges.every((text) => text === 'Succeeded') ? 'shown' : `screen: ${badges.join(', ')}`;
        return outcome === 'shown';
      },
      { timeout: 45_000, intervals: [1000] },
    )
    .toBe(true);
  if (outcome === 'shown') {
    expect(await page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(listCalls, 'the list itself was not fetched again').toHaveLength(callsAfterLoad);
  }
  return outcome;
}

test('a Started record becomes Succeeded on screen without a reload, and the history is not fetched again', async ({
  page,
  startOwnStack,
}) => {
  test.setTimeout(150_000);
  // Live mode: running exports finish over time (85% Succeeded) and new ones start at the top.
  const stack = await startOwnStack(
    { seed: 5, regions: [REGION], records: 150, live: { intervalMs: 2000 } },
    { CACHE_TTL_MS: '0' },
  );
  stack.sim.records(REGION);
  const listCalls: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    // The one-record poll for new exports (limit=1) is not a read of the history.
    if (url.pathname === '/api/records' && url.searchParams.get('limit') !== '1')
      listCalls.push(request.url());
  });

  let outcome = '';
  for (let attempt = 0; attempt < 3 && outcome !== 'shown'; attempt++) {
    outcome = await watchOnce(page, stack, listCalls);
  }
  expect(outcome).toBe('shown');
});

test('an export that starts after the list was loaded is offered above the table, and shown on request', async ({
  page,
  startOwnStack,
}) => {
  test.setTimeout(120_000);
  const stack = await startOwnStack(
    { seed: 8, regions: [REGION], recordsPerRegion: 60, live: { intervalMs: 1000 } },
    { CACHE_TTL_MS: '0' },
  );
  await page.goto(`${stack.url}/?region=${REGION}`);
  await expect(page.getByTestId('records-status')).toHaveText(/End of history/);
  const topRow = page.locator('tbody tr[data-row-index="0"]');
  const firstShown = (await topRow.getAttribute('data-record-name')) ?? '';
  const notice = page.getByTestId('new-exports');
  await expect(notice).toHaveCount(0);

  await expect(notice).toBeVisible({ timeout: 60_000 });
  // Offered, not pushed in: the rows the user is looking at have not moved.
  await expect(topRow).toHaveAttribute('data-record-name', firstShown);
  const truth = () => stack.sim.records(REGION).map((record) => record.name);
  expect(truth().indexOf(firstShown)).toBeGreaterThan(0);

  await notice.getByRole('button', { name: 'Show them' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByTestId('records-status')).toHaveText(/End of history/);
  const newTop = (await topRow.getAttribute('data-record-name')) ?? '';
  const names = truth();
  expect(names.indexOf(newTop)).toBeGreaterThanOrEqual(0);
  expect(names.indexOf(newTop)).toBeLessThan(names.indexOf(firstShown));
  await expect(page.locator(`tbody tr[data-record-name="${firstShown}"]`)).toHaveCount(1);
});
