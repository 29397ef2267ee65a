import { useEffect } from 'react';

/** Each view names itself in the browser tab and history (WCAG 2.4.2, "Page Titled"). */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
