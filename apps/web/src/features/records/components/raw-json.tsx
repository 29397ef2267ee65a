import type { ExportRecord } from '@export-ledger/contract';

/** Loaded only when asked for: the record exactly as the API sent it. */
export function RawJson({ record }: { record: ExportRecord }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <pre className="raw-json" tabIndex={0} title="Raw JSON of the record">
      {JSON.stringify(record, null, 2)}
    </pre>
  );
}
