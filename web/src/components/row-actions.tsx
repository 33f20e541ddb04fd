/** A table row's Edit and Remove buttons, each naming its row to screen readers; Remove asks first. */
import { ConfirmButton } from './confirm-button.js';

interface RowActionsProps {
  /** The row's name, read after "Edit" and "Remove". */
  name: string;
  /** The confirming dialog's question, e.g. "Remove the team ops?". */
  question: string;
  /** What removing does, a paragraph in the dialog. */
  consequences: string;
  busy: boolean;
  onEdit(): void;
  onRemove(): void;
}

/** Edit, then Remove after confirming. */
export function RowActions({ name, question, consequences, busy, onEdit, onRemove }: RowActionsProps) {
  return (
    <div className="row-actions">
      <button type="button" onClick={onEdit}>
        Edit<span className="visually-hidden"> {name}</span>
      </button>
      <ConfirmButton
        label={
          <>
            Remove<span className="visually-hidden"> {name}</span>
          </>
        }
        question={question}
        confirmLabel="Remove"
        disabled={busy}
        onConfirm={onRemove}
      >
        <p>{consequences}</p>
      </ConfirmButton>
    </div>
  );
}
