import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

const dir = fileURLToPath(new URL('../artifacts/screenshots/', import.meta.url));

/** Saves a screenshot the suite keeps as an artifact: e2e/artifacts/screenshots/<name>.png. */
export async function saveScreenshot(page: Page, name: string) {
  // The filter bar's menus load just after the first paint: picture the page as a user sees it.
  const download = page.getByRole('button', { name: 'Download' });
  if (await page.getByRole('search').count()) await download.waitFor();
  // Freeze animations (the Started spinner) so the pictures are stable.
  await page.screenshot({ path: `${dir}${name}.png`, animations: 'disabled' });
}

export const SCHEMES = ['light', 'dark'] as const;
