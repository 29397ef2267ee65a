import { expect, test } from '../fixtures';

test('the dashboard loads and shows what the server says about its data source', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Export Ledger' })).toBeVisible();
  await expect(page.getByText('demo data')).toBeVisible();
  await expect(page.getByText(/^v\d+\.\d+\.\d+$/)).toBeVisible();
});
