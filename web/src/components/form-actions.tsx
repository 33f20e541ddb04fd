/** The buttons under a form. */
import type { ReactNode } from 'react';

/** The form's submit button (disabled, and saying so, while the form is being sent), a Cancel button when `onCancel` is given, then any other buttons. */
export function FormActions({ busy, label, busyLabel, onCancel, children }: { busy: boolean; label: string; busyLabel: string; onCancel?: () => void; children?: ReactNode }) {
  return (
    <div className="form-actions">
      <button type="submit" className="button-primary" disabled={busy}>
        {busy ? busyLabel : label}
      </button>
      {onCancel === undefined ? null : (
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      )}
      {children}
    </div>
  );
}
