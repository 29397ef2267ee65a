import type { Virtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, type RefObject, useCallback, useState } from 'react';

const PAGE_ROWS = 10;

/**
 * Roving focus over virtualized rows: one row link is in the tab order; arrows, Home/End and
 * PageUp/PageDown move it (scrolling the row into being first), Enter follows the link.
 */
export function useGridKeyboard(
  rowCount: number,
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  bodyRef: RefObject<HTMLElement | null>,
) {
  const [activeIndex, setActiveIndex] = useState(0);

  const focusRow = useCallback(
    (index: number) => {
      setActiveIndex(index);
      virtualizer.scrollToIndex(index, { align: 'auto' });
      // The row may only exist after the virtualizer has rendered it: try for a few frames.
      let tries = 0;
      const attempt = () => {
        const link = bodyRef.current?.querySelector<HTMLElement>(`[data-row-index="${index}"] a`);
        if (link) link.focus({ preventScroll: false });
        else if (tries++ < 10) requestAnimationFrame(attempt);
      };
      requestAnimationFrame(attempt);
    },
    [virtualizer, bodyRef],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (rowCount === 0) return;
    const last = rowCount - 1;
    const target: Record<string, number> = {
      ArrowDown: Math.min(activeIndex + 1, last),
      ArrowUp: Math.max(activeIndex - 1, 0),
      PageDown: Math.min(activeIndex + PAGE_ROWS, last),
      PageUp: Math.max(activeIndex - PAGE_ROWS, 0),
      Home: 0,
      End: last,
    };
    const next = target[event.key];
    if (next === undefined) return;
    event.preventDefault();
    focusRow(next);
  };

  return {
    activeIndex: Math.min(activeIndex, Math.max(rowCount - 1, 0)),
    setActiveIndex,
    focusRow,
    onKeyDown,
  };
}
