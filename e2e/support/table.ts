import type { Page } from '@playwright/test';

export interface ScrollResult {
  /** Record names by row index, as rendered while scrolling from the top to the end. */
  names: string[];
  /** Largest number of <tr> elements the page held at any moment. */
  maxRows: number;
  /** Row indexes never seen rendered (should be none). */
  missing: number[];
  /** How the table ended: the true end of the history, or a failed next page (with retry). */
  ended: 'complete' | 'error' | 'timeout';
}

/**
 * Scrolls the records table from the top to the true end of the history like a user would (a
 * viewport at a time, waiting for each frame), noting every row rendered and how many rows the DOM
 * holds. Runs in the page so it takes seconds, not minutes.
 */
export async function scrollToEnd(page: Page, timeoutMs = 120_000): Promise<ScrollResult> {
  await page.getByTestId('records-status').waitFor();
  return page.evaluate(async (timeout) => {
    const scroller = document.querySelector<HTMLElement>('[data-testid="records-scroll"]');
    if (!scroller) throw new Error('no records table');
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const byIndex = new Map<number, string>();
    let maxRows = 0;
    const collect = () => {
      const rows = document.querySelectorAll<HTMLElement>('tbody tr[data-row-index]');
      for (const row of rows) byIndex.set(Number(row.dataset.rowIndex), row.dataset.recordName ?? '');
      maxRows = Math.max(maxRows, document.querySelectorAll('tr').length);
    };
    scroller.scrollTop = 0;
    await frame();
    const deadline = Date.now() + timeout;
    let ended: 'complete' | 'error' | 'timeout' = 'timeout';
    while (Date.now() < deadline) {
      await frame();
      await frame();
      collect();
      const status = document.querySelector<HTMLElement>('[data-testid="records-status"]');
      const atBottom = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
      const state = status?.dataset.complete;
      if (atBottom && (state === 'true' || state === 'error')) {
        ended = state === 'true' ? 'complete' : 'error';
        break;
      }
      if (atBottom) await sleep(50);
      else scroller.scrollTop += Math.floor(scroller.clientHeight * 0.6);
    }
    collect();
    const size = byIndex.size === 0 ? 0 : Math.max(...byIndex.keys()) + 1;
    const names: string[] = [];
    const missing: number[] = [];
    for (let index = 0; index < size; index++) {
      const name = byIndex.get(index);
      if (name === undefined) missing.push(index);
      else names.push(name);
    }
    return { names, maxRows, missing, ended };
  }, timeoutMs);
}

/** Scrolls until the row with this index is rendered, loading pages as needed, and returns it. */
export async function scrollToRow(page: Page, index: number) {
  await page.getByTestId('records-status').waitFor();
  await page.evaluate(async (wanted) => {
    const scroller = document.querySelector<HTMLElement>('[data-testid="records-scroll"]');
    if (!scroller) throw new Error('no records table');
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const row = document.querySelector<HTMLElement>(`tbody tr[data-row-index="${wanted}"]`);
      if (row) {
        row.scrollIntoView({ block: 'center' });
        return;
      }
      scroller.scrollTop += Math.floor(scroller.clientHeight * 0.8);
      await frame();
      await frame();
    }
    throw new Error(`row ${wanted} never appeared`);
  }, index);
  return page.locator(`tbody tr[data-row-index="${index}"]`);
}

/** Record names of the rows in the DOM right now. */
export const renderedNames = (page: Page) =>
  page
    .locator('tbody tr[data-record-name]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-record-name')));
