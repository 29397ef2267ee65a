import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../fixtures';
import { SCHEMES, saveScreenshot } from '../support/screenshots';

for (const scheme of SCHEMES) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test(`axe finds no violations on the table and the record panel (${scheme}); screenshots saved`, async ({
      page,
    }) => {
      await page.goto('/');
      await expect(page.locator('tbody tr').first()).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      await saveScreenshot(page, `table-${scheme}`);

      await page.locator('tbody tr[data-row-index="2"] a').click();
      const panel = page.getByRole('dialog');
      await expect(panel.getByRole('heading', { name: 'Source' })).toBeVisible();
      await saveScreenshot(page, `record-${scheme}`);
      await panel.getByRole('button', { name: 'Show raw JSON' }).click();
      await expect(panel.locator('pre.raw-json')).toBeVisible();
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    });

    test(`axe finds no violations on a record's own page and the open menus (${scheme})`, async ({
      page,
    }) => {
      await page.goto('/');
      const link = page.locator('tbody tr[data-row-index="0"] a');
      const href = (await link.getAttribute('href')) ?? '';
      await page.goto(href);
      await expect(page.getByRole('heading', { name: 'Destination' })).toBeVisible();
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

      await page.goto('/');
      await page.getByRole('button', { name: 'Regions: all' }).click();
      await expect(page.getByRole('menu', { name: 'Regions' })).toBeVisible();
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    });
  });
}

test('the theme toggle switches to dark and remembers it across a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});

test('the Started badge spins only for users who have not asked for reduced motion', async ({ page }) => {
  const animationOf = () =>
    page.evaluate(() => {
      const icon = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      icon.setAttribute('class', 'state-icon state-icon-spin');
      document.body.append(icon);
      const name = getComputedStyle(icon).animationName;
      icon.remove();
      return name;
    });
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('/');
  expect(await animationOf()).toBe('spin');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await animationOf()).toBe('none');
});
