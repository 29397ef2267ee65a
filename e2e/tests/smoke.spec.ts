import { expect, test } from '../fixtures';

test.use({ server: 'demo' });

test('the dashboard loads and shows what the server says about its data source', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Export Ledger' })).toBeVisible();
  await expect(page.getByText('demo data')).toBeVisible();
  await expect(page.getByText(/^v\d+\.\d+\.\d+$/)).toBeVisible();
});

test('the default server shows its embedded demo records in the table', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('grid', { name: 'Export snapshot records' })).toBeVisible();
  await expect(page.locator('tbody tr').first()).toBeVisible();
});
