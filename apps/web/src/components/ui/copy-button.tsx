import { useEffect, useState } from 'react';

type Status = 'idle' | 'copied' | 'failed';

/** Copies text and says so next to the button, for the eye and (politely) for screen readers. */
export function CopyButton({
  text,
  label,
  copiedLabel,
}: {
  text: string;
  label: string;
  copiedLabel: string;
}) {
  const [status, setStatus] = useState<Status>('idle');

  useEffect(() => {
    if (status === 'idle') return;
    const timer = setTimeout(() => setStatus('idle'), 4000);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <span className="copy">
      <button type="button" className="button" onClick={copy}>
        {label}
      </button>
      <span className="copy-status" role="status">
        {status === 'copied' && copiedLabel}
        {status === 'failed' && `Could not copy; select it by hand: ${text}`}
      </span>
    </span>
  );
}
