import { expect, test } from '../fixtures';
import { SCHEMES, saveScreenshot } from '../support/screenshots';
import { scrollToEnd } from '../support/table';

const REGIONS = ['us-east-1', 'eu-west-1', 'eu-west-2'];
const DENIED = 'eu-west-1';

test.describe('with one region denied', () => {
  // Once only the denied region is left to read, the history ends (200, the region still reported):
  // no failed request, so no console error is allowed.
  test('the banner names it and why, the other regions show, and retry brings it back', async ({
    page,
    startOwnStack,
  }) => {
    const stack = await startOwnStack(
      {
        seed: 11,
        regions: REGIONS,
        records: 240,
        pageSize: 50,
        faults: { [DENIED]: { accessDenied: true } },
      },
      { CACHE_TTL_MS: '0' },
    );
    const truth = (region: string) => stack.sim.records(region).map((record) => record.name);

    await page.goto(`${stack.url}/`);
    const banner = page.getByRole('alert').filter({ hasText: 'could not be read' });
    await expect(banner).toContainText(DENIED);
    await expect(banner).toContainText(/access|denied|authori[sz]ed/i);

    // Every record of the other regions, and none of the denied one.
    const shown = await scrollToEnd(page);
    expect(shown.missing).toEqual([]);
    expect([...shown.names].sort()).toEqual([...truth('us-east-1'), ...truth('eu-west-2')].sort());
    expect(shown.ended).toBe('complete');
    await expect(page.getByTestId('records-status')).toHaveText(
      `End of history: ${shown.names.length} records.`,
    );
    await expect(banner).toContainText(DENIED);

    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.reload();
      await expect(banner).toBeVisible();
      await expect(page.locator('tbody tr').first()).toBeVisible();
      await saveScreenshot(page, `region-failure-${scheme}`);
    }

    stack.sim.clearFaults(DENIED);
    await banner.getByRole('button', { name: 'Retry' }).click();
    await expect(banner).toHaveCount(0);
    const all = await scrollToEnd(page);
    expect(all.ended).toBe('complete');
    expect([...all.names].sort()).toEqual(REGIONS.flatMap(truth).sort());
  });
});

test.describe('when every region fails', () => {
  test.use({
    expectedConsoleErrors: [/Failed to load resource: the server responded with a status of 50\d/],
  });

  test('the table shows an error with retry, never an empty table, and recovers', async ({
    page,
    startOwnStack,
  }) => {
    const stack = await startOwnStack(
      { seed: 12, regions: ['eu-west-2', 'us-east-1'], records: 60, faults: { '*': { accessDenied: true } } },
      { CACHE_TTL_MS: '0' },
    );
    await page.goto(`${stack.url}/`);
    const error = page.getByRole('alert').filter({ hasText: 'The records could not be loaded' });
    await expect(error).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('grid')).toHaveCount(0);
    await expect(page.getByText('No records match')).toHaveCount(0);

    stack.sim.clearFaults('*');
    await error.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('grid')).toBeVisible();
    await expect(page.getByTestId('records-status')).toHaveText('End of history: 60 records.');
  });
});
