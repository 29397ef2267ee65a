import { formatExact, formatRelative } from '../../lib/format';

/** Relative for the eye, exact on hover and for screen readers. */
export function RelativeTime({ iso }: { iso: string }) {
  const exact = formatExact(iso);
  return (
    <time dateTime={iso} title={exact}>
      <span aria-hidden="true">{formatRelative(iso)}</span>
      <span className="sr-only">{exact}</span>
    </time>
  );
}
