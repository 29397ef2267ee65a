import { useState } from 'react';
import { currentTheme, setTheme, type Theme } from '../../lib/theme';

/** Switches between light and dark; the choice outlives the page (localStorage). */
export function ThemeToggle() {
  const [theme, setLocalTheme] = useState<Theme>(currentTheme);
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="button button-quiet"
      aria-pressed={theme === 'dark'}
      onClick={() => {
        setTheme(next);
        setLocalTheme(next);
      }}
    >
      Dark theme
    </button>
  );
}
