/** A button that asks first: a modal dialog says what will happen, with the action and Cancel (Escape cancels too). */
import { useId, useRef, type ReactNode } from 'react';

interface ConfirmButtonProps {
  /** The button's text (it may hold visually hidden words that name its row). */
  label: ReactNode;
  /** The dialog's question, e.g. "Disable kim@example.com?". */
  question: string;
  /** What will happen, in the dialog. */
  children: ReactNode;
  /** The dialog's action button, e.g. "Disable". */
  confirmLabel: string;
  onConfirm(): void;
  /** False to act at once without asking (e.g. the same button's harmless other state, so that the focus stays on it). */
  ask?: boolean;
  disabled?: boolean;
  className?: string;
}

/** The button and its dialog. */
export function ConfirmButton({ label, question, children, confirmLabel, onConfirm, ask = true, disabled, className }: ConfirmButtonProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const id = useId();
  const open = () => {
    if (!ask) return onConfirm();
    dialog.current?.showModal();
    // The safe choice has the focus: Enter right away must not do the irreversible thing.
    cancel.current?.focus();
  };
  const confirm = () => {
    dialog.current?.close();
    onConfirm();
  };
  return (
    <>
      <button type="button" className={className} disabled={disabled} onClick={open}>
        {label}
      </button>
      <dialog ref={dialog} className="confirm" aria-labelledby={`${id}-question`} aria-describedby={`${id}-what`}>
        <h2 id={`${id}-question`}>{question}</h2>
        <div id={`${id}-what`}>{children}</div>
        <div className="form-actions">
          <button type="button" className="button-primary" onClick={confirm}>
            {confirmLabel}
          </button>
          <button type="button" ref={cancel} onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </dialog>
    </>
  );
}
