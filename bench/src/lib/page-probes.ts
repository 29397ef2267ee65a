// Functions that run inside the page (serialized by Playwright): they may use only the DOM and their
// arguments, never anything imported here.

declare global {
  interface Window {
    __bench: {
      firstRowAt: number | null;
      lcp: number | null;
      longTasks: { start: number; duration: number }[];
    };
  }
}

/** Installed before any of the app's scripts: watches for the first data row, LCP and long tasks. */
export function installProbes(rowSelector: string): void {
  const state: Window['__bench'] = { firstRowAt: null, lcp: null, longTasks: [] };
  window.__bench = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      state.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const watcher = new MutationObserver(() => {
    if (state.firstRowAt === null && document.querySelector(rowSelector)) {
      state.firstRowAt = performance.now();
      watcher.disconnect();
    }
  });
  watcher.observe(document, { childList: true, subtree: true });
}

export interface ScrollOutcome {
  durationMs: number;
  steps: number;
  maxRows: number;
  reachedEnd: boolean;
  endReason: string;
}

/**
 * Scrolls the table's scroll container (or the window) one viewport per frame until the end of the
 * list shows, sampling the number of row elements in the DOM on every frame.
 */
export async function scrollToEnd(args: {
  rowSelector: string;
  countSelector: string;
  endSelector: string;
  endText: string;
  timeoutMs: number;
  settleMs: number;
}): Promise<ScrollOutcome> {
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const isScrollable = (element: Element) => {
    const style = getComputedStyle(element);
    return /(auto|scroll)/.test(style.overflowY) && element.scrollHeight > element.clientHeight;
  };
  const findContainer = (): Element => {
    let element: Element | null = document.querySelector(args.rowSelector);
    while (element && element !== document.body) {
      if (isScrollable(element)) return element;
      element = element.parentElement;
    }
    return document.scrollingElement ?? document.documentElement;
  };
  const endPattern = new RegExp(args.endText, 'i');
  const endVisible = (): string | null => {
    const marker = document.querySelector(args.endSelector);
    if (marker && marker.getClientRects().length > 0) return `marker ${args.endSelector}`;
    const live = [...document.querySelectorAll('[role=status], [aria-live], tfoot, footer')];
    const text = live.find((element) => endPattern.test(element.textContent ?? ''));
    return text ? `text "${(text.textContent ?? '').trim().slice(0, 60)}"` : null;
  };

  const started = performance.now();
  let maxRows = 0;
  let steps = 0;
  let lastHeight = -1;
  let stableSince = performance.now();
  for (;;) {
    const container = findContainer();
    const wasAtBottom = container.scrollTop + container.clientHeight >= container.scrollHeight - 2;
    if (wasAtBottom) await new Promise((resolve) => setTimeout(resolve, 20));
    else container.scrollTop += container.clientHeight;
    steps++;
    await frame();
    maxRows = Math.max(maxRows, document.querySelectorAll(args.countSelector).length);
    const atBottom = container.scrollTop + container.clientHeight >= container.scrollHeight - 2;
    const reason = atBottom ? endVisible() : null;
    if (reason) {
      return { durationMs: performance.now() - started, steps, maxRows, reachedEnd: true, endReason: reason };
    }
    if (container.scrollHeight !== lastHeight) {
      lastHeight = container.scrollHeight;
      stableSince = performance.now();
    }
    const now = performance.now();
    if (atBottom && now - stableSince > args.settleMs) {
      return {
        durationMs: now - started,
        steps,
        maxRows,
        reachedEnd: false,
        endReason: 'bottom, height settled',
      };
    }
    if (now - started > args.timeoutMs) {
      return { durationMs: now - started, steps, maxRows, reachedEnd: false, endReason: 'timeout' };
    }
  }
}

/** Rows in the DOM right now. */
export function countRows(rowSelector: string): number {
  return document.querySelectorAll(rowSelector).length;
}
