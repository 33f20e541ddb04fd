/** The buttons under a form. */
import type { ReactNode } from 'react';

/** The form's submit button (disabled, and saying so, while the form is being sent), then any other buttons. */
export function FormActions({ busy, label, busyLabel, children }: { busy: boolean; label: string; busyLabel: string; children?: ReactNode }) {
  return (
    <div className="form-actions">
      <button type="submit" className="button-primary" disabled={busy}>
        {busy ? busyLabel : label}
      </button>
      {children}
    </div>
  );
}
