import { expect, test } from '../fixtures';

test('a Started record becomes Succeeded on screen without a reload, and the history is not fetched again', async ({
  page,
  startOwnStack,
}) => {
  test.setTimeout(90_000);
  const region = 'eu-west-2';
  // Recent exports are often still running; live mode finishes them over time.
  const stack = await startOwnStack({ seed: 5, regions: [region], records: 150, live: { intervalMs: 1500 } }, {
    CACHE_TTL_MS: '0',
  });
  const listCalls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/records') listCalls.push(request.url());
  });

  await page.goto(`${stack.url}/?state=Started`);
  await expect(page.getByTestId('records-status')).toHaveText(/End of history/);
  const started = (await page
    .locator('tbody tr[data-record-name]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-record-name')))) as string[];
  expect(started.length).toBeGreaterThan(0);
  const callsAfterLoad = listCalls.length;
  await page.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });

  // Wait until the simulator has finished at least one of them as Succeeded, and the row says so.
  await expect
    .poll(
      async () => {
        const truth = new Map(stack.sim.records(region).map((record) => [record.name, record.state]));
        const succeeded = started.filter((name) => truth.get(name) === 'Succeeded');
        if (succeeded.length === 0) return 'none finished yet';
        const badges = await Promise.all(
          succeeded.map((name) => page.locator(`tbody tr[data-record-name="${name}"] .state-badge`).textContent()),
        );
        return badges.every((text) => text === 'Succeeded') ? 'shown' : `screen: ${badges.join(', ')}`;
      },
      { timeout: 60_000, intervals: [1000] },
    )
    .toBe('shown');

  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  expect(listCalls, 'the list itself was not fetched again').toHaveLength(callsAfterLoad);
});
