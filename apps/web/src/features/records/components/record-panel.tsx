import * as Dialog from '@radix-ui/react-dialog';
import type { KeyboardEvent } from 'react';
import { RecordView } from './record-view';

const TABBABLE = 'a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * Radix loops Tab inside a dialog even when it is not modal. The panel is not modal, so Tab past
 * its last control (or Shift+Tab before its first) goes back to the table's row instead.
 */
function leaveAtTheEdges(event: KeyboardEvent<HTMLElement>, leave: () => void) {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
  const tabbable = [...event.currentTarget.querySelectorAll<HTMLElement>(TABBABLE)];
  const edge = event.shiftKey ? tabbable[0] : tabbable.at(-1);
  if (edge === undefined || document.activeElement !== edge) return;
  // Stopped in the capture phase, so Radix's own handler on this element never wraps focus around.
  event.preventDefault();
  event.stopPropagation();
  leave();
}

interface RecordPanelProps {
  region: string;
  name: string;
  onClose: () => void;
  /** Called instead of Radix's default focus return: the opener is a table row, not a trigger. */
  onReturnFocus: () => void;
}

/**
 * The record beside the table: a non-modal dialog, so the table stays usable; Escape or Close shut
 * it and focus goes back to the row it was opened from.
 */
export function RecordPanel({ region, name, onClose, onReturnFocus }: RecordPanelProps) {
  const close = (
    <Dialog.Close className="button" aria-label="Close record">
      Close
    </Dialog.Close>
  );
  return (
    <Dialog.Root open modal={false} onOpenChange={(open) => open || onClose()}>
      <Dialog.Content
        className="panel"
        aria-describedby={undefined}
        onInteractOutside={(event) => event.preventDefault()}
        onKeyDownCapture={(event) => leaveAtTheEdges(event, onReturnFocus)}
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          onReturnFocus();
        }}
      >
        <div className="panel-bar">{close}</div>
        <RecordView
          key={`${region}/${name}`}
          region={region}
          name={name}
          backAction={null}
          renderHeading={(text) => (
            // Radix gives the title its id and points the dialog's aria-labelledby at it.
            <Dialog.Title className="record-title mono break">{text}</Dialog.Title>
          )}
        />
      </Dialog.Content>
    </Dialog.Root>
  );
}
