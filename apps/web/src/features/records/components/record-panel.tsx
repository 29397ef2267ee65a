import * as Dialog from '@radix-ui/react-dialog';
import { RecordView } from './record-view';

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
