import { expect, test } from '../fixtures';
import { scrollToEnd } from '../support/table';

const HEALTHY = ['us-east-1', 'eu-west-2', 'ap-northeast-1'];
const SLOW = 'ap-south-1';
const DENIED = 'eu-west-1';

test.describe('under 20 % throttling, 5 % server errors, one region denied and one 2 s slow', () => {
  // The request that has only the denied region left to read ends the history (200, the region still
  // reported), so no console error or page error is allowed.

  test('the banner names the denied region while the table fills with exactly the healthy regions’ records', async ({
    page,
    startOwnStack,
  }) => {
    test.setTimeout(120_000);
    const stack = await startOwnStack(
      {
        seed: 111,
        regions: [...HEALTHY, SLOW, DENIED],
        recordsPerRegion: 60,
        pageSize: 25,
        faults: {
          '*': { throttleRate: 0.2, errorRate: 0.05 },
          [SLOW]: { latencyMs: 2000 },
          [DENIED]: { accessDenied: true },
        },
      },
      { UPSTREAM_MAX_ATTEMPTS: '4', UPSTREAM_TIMEOUT_MS: '20000' },
    );
    const truth = [...HEALTHY, SLOW].flatMap((region) =>
      stack.sim.records(region).map((record) => record.name),
    );

    await page.goto(`${stack.url}/`);
    const banner = page.getByRole('alert').filter({ hasText: 'could not be read' });
    await expect(banner).toContainText(DENIED, { timeout: 30_000 });
    await expect(banner).toContainText(/access|denied|authori[sz]ed/i);
    // The banner and the rows at the same time: a failed region never empties the table.
    await expect(page.locator('tbody tr[data-record-name]').first()).toBeVisible();
    await expect(banner).toBeVisible();

    const shown = await scrollToEnd(page, 90_000);
    expect(shown.missing).toEqual([]);
    expect(new Set(shown.names).size).toBe(shown.names.length);
    expect([...shown.names].sort()).toEqual([...truth].sort());
    expect(shown.ended).toBe('complete');
    await expect(page.getByTestId('records-status')).toHaveText(`End of history: ${truth.length} records.`);
    await expect(banner).toContainText(DENIED);
    const outcomes = new Set(stack.sim.stats().requests.map((request) => request.outcome));
    expect(outcomes).toContain('ThrottlingException');
    expect(outcomes).toContain('ServiceException');
  });
});
