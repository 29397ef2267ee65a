import { useEffect, useState } from 'react';

const DEBOUNCE_MS = 300;

/** Free-text search, sent once the user pauses typing; follows the URL when it changes elsewhere. */
export function SearchBox({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    // The URL changed (back/forward, clear filters, or our own debounced update): show what it says,
    // unless it is what the user is typing (keep their trailing space).
    setShown(value);
    if (value !== text.trim()) setText(value);
  }

  useEffect(() => {
    if (text.trim() === value) return;
    const timer = setTimeout(() => onChange(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);

  return (
    <div className="field">
      <label htmlFor="record-search">Search</label>
      <input
        id="record-search"
        type="search"
        value={text}
        maxLength={200}
        placeholder="Name, ARN, snapshot, instance, ami-…"
        onChange={(event) => setText(event.target.value)}
      />
    </div>
  );
}
