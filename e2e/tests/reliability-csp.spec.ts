import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';

/** Collects every CSP violation the page reports, from the first script on. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = store;
    document.addEventListener('securitypolicyviolation', (event) => {
      store.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  const consoleCsp: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) consoleCsp.push(message.text());
  });
  return async () => [
    ...consoleCsp,
    ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])),
  ];
}

test('the app works under its CSP in Chromium: no violation on any page or interaction', async ({
  page,
  baseURL,
}) => {
  const response = await page.goto('/');
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toContain("frame-ancestors 'none'");

  const violations = await watchCsp(page);
  await page.goto('/');
  await expect(page.locator('tbody tr[data-record-name]').first()).toBeVisible();
  await page.locator('tbody tr[data-record-name]').first().click();
  await expect(
    page.getByRole('dialog').or(page.locator('[data-testid="record-panel"]')).first(),
  ).toBeVisible();
  await page.keyboard.press('Escape');

  const list = (await (await page.request.get(`${baseURL}/api/records?limit=1`)).json()) as {
    records: { name: string; location: { regionName: string } }[];
  };
  const record = list.records[0];
  if (!record) throw new Error('no record');
  for (const path of [
    '/?state=Failed',
    `/?region=${record.location.regionName}&q=ami`,
    `/records/${record.location.regionName}/${record.name}`,
  ]) {
    await page.goto(path);
    await expect(page.locator('main, #root').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
  }
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('tbody tr[data-record-name]').first()).toBeVisible();

  expect(await violations()).toEqual([]);
});
