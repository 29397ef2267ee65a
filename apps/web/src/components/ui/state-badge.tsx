import type { RecordState } from '@export-ledger/contract';

const ICONS: Record<RecordState, React.ReactNode> = {
  Started: (
    <svg viewBox="0 0 16 16" className="state-icon state-icon-spin" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="2" opacity="0.3" />
      <path d="M8 2a6 6 0 0 1 6 6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  ),
  Succeeded: (
    <svg viewBox="0 0 16 16" className="state-icon" aria-hidden="true" focusable="false">
      <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  ),
  Failed: (
    <svg viewBox="0 0 16 16" className="state-icon" aria-hidden="true" focusable="false">
      <path
        d="M4.5 4.5l7 7m0-7l-7 7"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  ),
};

const TITLES: Record<RecordState, string> = {
  Started: 'Export in progress',
  Succeeded: 'Export finished',
  Failed: 'Export failed',
};

/** Colour, icon and text together: the state never depends on colour alone. */
export function StateBadge({ state }: { state: RecordState }) {
  return (
    <span className={`badge state-badge state-${state.toLowerCase()}`} title={TITLES[state]}>
      {ICONS[state]}
      {state}
    </span>
  );
}
