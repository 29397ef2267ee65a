export type Theme = 'light' | 'dark';

const KEY = 'export-ledger:theme';

function stored(): Theme | null {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

/** The user's choice, or the system's when they made none. */
export const currentTheme = (): Theme =>
  stored() ?? (window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

/**
 * Applied before the first render (no inline script: the CSP forbids it). Until the user chooses,
 * the page follows the system's setting as it changes.
 */
export function applyInitialTheme() {
  document.documentElement.dataset.theme = currentTheme();
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (!stored()) document.documentElement.dataset.theme = currentTheme();
  });
}

export function setTheme(theme: Theme) {
  document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem(KEY, theme);
  } catch {
    // private mode: the choice lasts for this page only
  }
}
