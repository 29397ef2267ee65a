import { expect, test, watchPageErrors } from '../fixtures';
import { allGroundTruth, MAIN_DATA, mainStackEnv } from '../support/ground-truth';
import { scrollToEnd } from '../support/table';

const REGIONS = ['ap-southeast-2', 'eu-west-1'];

test('filtering by two regions and Failed shows exactly the matching records, the URL carries it, and a new context shows the same rows', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const truth = await allGroundTruth(mainStackEnv().simUrl, MAIN_DATA.regions);
  const expected = truth
    .filter((record) => REGIONS.includes(record.location.regionName) && record.state === 'Failed')
    .map((record) => record.name)
    .sort();
  expect(expected.length).toBeGreaterThan(0);

  await page.goto('/');
  await page.getByRole('button', { name: 'Regions: all' }).click();
  for (const region of REGIONS)
    await page.getByRole('menuitemcheckbox', { name: new RegExp(region) }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('checkbox', { name: 'Failed' }).check();

  await expect(page).toHaveURL(/\?region=ap-southeast-2&region=eu-west-1&state=Failed$/);
  const shown = await scrollToEnd(page);
  expect(shown.missing).toEqual([]);
  expect([...shown.names].sort()).toEqual(expected);
  await expect(page.locator('tbody .state-badge').filter({ hasNotText: 'Failed' })).toHaveCount(0);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const problems = watchPageErrors(other);
  await other.goto(page.url());
  await expect(other.getByRole('button', { name: 'Regions: 2 selected' })).toBeVisible();
  await expect(other.getByRole('checkbox', { name: 'Failed' })).toBeChecked();
  const again = await scrollToEnd(other);
  expect(again.names).toEqual(shown.names);
  expect(problems).toEqual([]);
  await fresh.close();
});

test('back and forward restore the filters, the search is debounced into the URL, and clear filters resets', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('checkbox', { name: 'Started' }).check();
  await expect(page).toHaveURL(/\?state=Started$/);
  await page.getByLabel('Source type').selectOption('DiskSnapshot');
  await expect(page).toHaveURL(/\?state=Started&source=DiskSnapshot$/);
  await page.getByRole('searchbox', { name: 'Search' }).fill('snap');
  await expect(page).toHaveURL(/&q=snap$/);

  await page.goBack();
  await expect(page).toHaveURL(/\?state=Started&source=DiskSnapshot$/);
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
  await page.goBack();
  await expect(page.getByLabel('Source type')).toHaveValue('');
  await expect(page.getByRole('checkbox', { name: 'Started' })).toBeChecked();
  await page.goForward();
  await expect(page.getByLabel('Source type')).toHaveValue('DiskSnapshot');

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('checkbox', { name: 'Started' })).not.toBeChecked();
});

test('changing a filter starts the table from the top', async ({ page }) => {
  await page.goto('/');
  const scroller = page.getByTestId('records-scroll');
  await expect(page.locator('tbody tr[data-row-index="0"]')).toBeVisible();
  await scroller.evaluate((element) => {
    element.scrollTop = 2000;
  });
  await expect.poll(() => scroller.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
  await page.getByRole('checkbox', { name: 'Succeeded' }).check();
  await expect.poll(() => scroller.evaluate((element) => element.scrollTop)).toBe(0);
  await expect(page.locator('tbody tr[data-row-index="0"] .state-badge')).toHaveText('Succeeded');
});

test('the download menu offers CSV and NDJSON of exactly the current filters', async ({ page }) => {
  await page.goto('/?region=eu-west-2&state=Failed');
  await page.getByRole('button', { name: 'Download' }).click();
  const csv = page.getByRole('menuitem', { name: 'CSV' });
  const ndjson = page.getByRole('menuitem', { name: /NDJSON/ });
  await expect(csv).toHaveAttribute('href', '/api/records.csv?region=eu-west-2&state=Failed');
  await expect(ndjson).toHaveAttribute('href', '/api/records.ndjson?region=eu-west-2&state=Failed');

  const truth = await allGroundTruth(mainStackEnv().simUrl, ['eu-west-2']);
  const failed = truth.filter((record) => record.state === 'Failed');

  const csvFile = await page.request.get((await csv.getAttribute('href')) ?? '');
  expect(csvFile.headers()['content-type']).toContain('text/csv');
  const csvLines = (await csvFile.text()).trim().split(/\r?\n/);
  expect(csvLines).toHaveLength(failed.length + 1);
  for (const record of failed) expect(csvLines.some((line) => line.includes(record.name))).toBe(true);

  const download = page.waitForEvent('download');
  await ndjson.click();
  const file = await (await download).path();
  const { readFile } = await import('node:fs/promises');
  const lines = (await readFile(file, 'utf8')).trim().split('\n').filter(Boolean);
  expect(lines.map((line) => (JSON.parse(line) as { name: string }).name).sort()).toEqual(
    failed.map((record) => record.name).sort(),
  );
});
