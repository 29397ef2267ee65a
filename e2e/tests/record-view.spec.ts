import type { WireExportSnapshotRecord } from '@export-ledger/lightsail-sim';
import { expect, test, watchPageErrors } from '../fixtures';
import { allGroundTruth, MAIN_DATA, mainStackEnv } from '../support/ground-truth';
import { scrollToRow } from '../support/table';

const CONSOLE = (region: string) => `https://${region}.console.aws.amazon.com/ec2/home?region=${region}`;

test('a share link copied from a record deep in the list opens that record in a new context, with its source and destination details', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const truth = await allGroundTruth(mainStackEnv().simUrl, MAIN_DATA.regions);
  await page.goto('/');
  await scrollToRow(page, 340);
  // A finished export deep in the list, so it has a destination.
  const row = page.locator('tbody tr[data-row-index]:has(.state-succeeded)').last();
  const name = (await row.getAttribute('data-record-name')) ?? '';
  expect(Number(await row.getAttribute('data-row-index'))).toBeGreaterThan(300);
  const record = truth.find((candidate) => candidate.name === name) as WireExportSnapshotRecord;
  const region = record.location.regionName;

  await row.getByRole('link').click();
  const panel = page.getByRole('dialog', { name });
  await expect(panel).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/records/${region}/${name}$`));
  await panel.getByRole('button', { name: 'Copy ARN' }).click();
  await expect(panel.getByText('ARN copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(record.arn);
  await panel.getByRole('button', { name: 'Copy share link' }).click();
  await expect(panel.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(`${new URL(page.url()).origin}/records/${region}/${name}`);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const problems = watchPageErrors(other);
  await other.goto(link);
  await expect(other.getByRole('heading', { level: 2, name })).toBeVisible();
  await expect(other.getByRole('dialog')).toHaveCount(0);
  await expect(other.getByRole('link', { name: 'All records' }).first()).toBeVisible();
  await expect(other).toHaveTitle(`${name} (${region}) · Export Ledger`);

  const source = record.sourceInfo;
  const details = other.locator('article.record');
  for (const text of [source.name, source.arn, source.fromResourceName, source.fromResourceArn, record.arn]) {
    await expect(details.getByText(text, { exact: true }).first()).toBeVisible();
  }
  if (source.instanceSnapshotInfo) {
    const info = source.instanceSnapshotInfo;
    await expect(details.getByText(info.fromBundleId, { exact: true })).toBeVisible();
    await expect(details.getByText(info.fromBlueprintId, { exact: true })).toBeVisible();
    const disks = details.getByRole('table', { name: 'Disks' });
    await expect(disks.locator('tbody tr')).toHaveCount(info.fromDiskInfo.length);
    await expect(disks.locator('tbody tr', { hasText: 'System disk' })).toContainText('/dev/sda1');
    const total = info.fromDiskInfo.reduce((sum, disk) => sum + disk.sizeInGb, 0);
    await expect(disks.locator('tfoot')).toContainText(`${total.toLocaleString('en-US')} GB`);
  } else {
    await expect(details).toContainText(`${source.diskSnapshotInfo?.sizeInGb} GB`);
  }

  const destination = record.destinationInfo;
  if (!destination) throw new Error('a Succeeded record has a destination');
  await expect(details.getByText(destination.id, { exact: true })).toBeVisible();
  const consoleLink = details.getByRole('link', { name: /in the EC2 console/ });
  const fragment =
    destination.service === 'Aws::EC2::Image'
      ? `#ImageDetails:imageId=${destination.id}`
      : `#SnapshotDetails:snapshotId=${destination.id}`;
  await expect(consoleLink).toHaveAttribute('href', `${CONSOLE(region)}${fragment}`);
  await expect(consoleLink).toHaveAttribute('target', '_blank');
  await expect(consoleLink).toHaveAttribute('rel', 'noopener noreferrer');

  await other.getByRole('button', { name: 'Show raw JSON' }).click();
  await expect(other.locator('pre.raw-json')).toContainText(`"name": "${name}"`);
  expect(problems).toEqual([]);
  await fresh.close();
});

test('the table is navigable with arrows and Enter; Escape closes the panel and returns focus to the row', async ({
  page,
}) => {
  await page.goto('/');
  const firstLink = page.locator('tbody tr[data-row-index="0"] a');
  await firstLink.focus();
  for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowDown');
  const fourth = page.locator('tbody tr[data-row-index="3"]');
  await expect(fourth.getByRole('link')).toBeFocused();
  const name = (await fourth.getAttribute('data-record-name')) ?? '';

  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/records/[a-z0-9-]+/${name}$`));
  await expect(fourth).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page).toHaveURL(/\/$/);
  await expect(fourth.getByRole('link')).toBeFocused();

  await page.keyboard.press('End');
  await expect(page.locator('tbody tr a:focus')).toHaveCount(1);
  await page.keyboard.press('Home');
  await expect(firstLink).toBeFocused();
});

test('Tab past the panel’s last control goes back to its row; the panel stays open', async ({ page }) => {
  await page.goto('/');
  const row = page.locator('tbody tr[data-row-index="1"]');
  await row.getByRole('link').focus();
  const name = (await row.getAttribute('data-record-name')) ?? '';
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog.getByRole('button', { name: 'Close record' })).toBeVisible();

  await dialog.getByRole('button', { name: 'Close record' }).focus();
  const rowLink = row.getByRole('link');
  let steps = 0;
  while (steps < 20 && !(await rowLink.evaluate((link) => link === document.activeElement))) {
    await page.keyboard.press('Tab');
    steps += 1;
  }
  await expect(rowLink).toBeFocused();
  expect(steps).toBeGreaterThan(1); // it went through the panel's controls first
  await expect(dialog).toBeVisible();

  await dialog.getByRole('button', { name: 'Close record' }).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(rowLink).toBeFocused();
});

test.describe('a record that does not exist', () => {
  test.use({ expectedConsoleErrors: [/Failed to load resource: the server responded with a status of 404/] });

  test('says so and offers the way back to all records', async ({ page }) => {
    await page.goto('/records/eu-west-2/ExportSnapshotRecord-00000000-0000-0000-0000-000000000000');
    await expect(page.getByRole('heading', { level: 2, name: 'Record not found' })).toBeVisible();
    await page.getByRole('link', { name: 'All records' }).last().click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('grid', { name: 'Export snapshot records' })).toBeVisible();
  });
});
