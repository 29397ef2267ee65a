import { expect, test } from '../fixtures';
import { allGroundTruth, MAIN_DATA, mainStackEnv } from '../support/ground-truth';
import { scrollToEnd } from '../support/table';

test('scrolling the 5,000-record history to the end shows every record exactly once, with at most 100 rows in the DOM', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 1000 });
  const truth = await allGroundTruth(mainStackEnv().simUrl, MAIN_DATA.regions);
  expect(truth).toHaveLength(MAIN_DATA.records);

  await page.goto('/');
  const result = await scrollToEnd(page);

  expect(result.missing, 'rows never rendered while scrolling').toEqual([]);
  expect(result.names).toHaveLength(truth.length);
  expect(new Set(result.names).size, 'each record shown once').toBe(result.names.length);
  expect([...result.names].sort()).toEqual(truth.map((record) => record.name).sort());
  expect(result.maxRows).toBeLessThanOrEqual(100);
  test
    .info()
    .annotations.push({ type: 'most <tr> in the DOM while scrolling', description: String(result.maxRows) });
  await expect(page.getByTestId('records-status')).toHaveText('End of history: 5,000 records.');
});

test('the next page is requested before the user reaches the end of the loaded rows', async ({ page }) => {
  const listCalls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/records') listCalls.push(request.url());
  });
  await page.goto('/');
  await expect(page.locator('tbody tr[data-row-index="0"]')).toBeVisible();
  expect(listCalls).toHaveLength(1);

  // Scroll to about the middle of the first page: the second is asked for while 40+ rows remain.
  await page.getByTestId('records-scroll').evaluate((scroller) => {
    scroller.scrollTop = 45 * 52;
  });
  await expect.poll(() => listCalls.length).toBe(2);
  expect(await page.locator('tbody tr[data-row-index="99"]').count()).toBe(0);
  expect(new URL(listCalls[1] ?? '').searchParams.get('cursor')).toBeTruthy();
});

test('while a sparse filter comes back empty the table says it is still scanning and how far it got, then shows the count at the end', async ({
  page,
  startOwnStack,
}) => {
  // Slow upstream pages so the scan is seen in progress; the server stops each request at its budget.
  const stack = await startOwnStack({
    seed: 3,
    regions: ['eu-west-2', 'us-east-1'],
    recordsPerRegion: 1000,
    pageSize: 50,
    faults: { '*': { latencyMs: 60 } },
  });
  const oldest = stack.sim.records('us-east-1').at(-1);
  if (!oldest) throw new Error('no records');

  await page.goto(`${stack.url}/?q=${oldest.name}`);
  const status = page.getByTestId('records-status');
  await expect(status).toHaveText(/^Scanning… [\d,]+ records examined, 0 shown so far$/);
  await expect(page.locator('tbody tr')).toHaveCount(0);
  await expect(status).toHaveText('End of history: 1 record.', { timeout: 30_000 });
  await expect(page.locator(`tbody tr[data-record-name="${oldest.name}"]`)).toHaveCount(1);
});
