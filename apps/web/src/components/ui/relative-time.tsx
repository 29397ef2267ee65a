import { formatExact, formatRelative } from '../../lib/format';
import { useNow } from '../../lib/use-now';

/** Relative for the eye, exact on hover and for screen readers. */
export function RelativeTime({ iso }: { iso: string }) {
  const now = useNow();
  const exact = formatExact(iso);
  return (
    <time dateTime={iso} title={exact}>
      <span aria-hidden="true">{formatRelative(iso, now)}</span>
      <span className="sr-only">{exact}</span>
    </time>
  );
}
