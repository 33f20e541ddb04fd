/** Your account: change your password (the current one, then the new one twice); your other sessions end, this one stays. */
import { useState, type FormEvent } from 'react';
import { NEW_PASSWORD_PATHS, PASSWORD_HINT } from '../../account/passwords.js';
import { changePassword } from '../../api/auth.js';
import { TextField } from '../../components/fields.js';
import { ErrorNote, fieldError, StatusNote } from '../../components/notices.js';
import { useAction } from '../../hooks/use-action.js';
import { FormActions } from '../../components/form-actions.js';

const FIELDS = ['currentPassword', ...NEW_PASSWORD_PATHS];

/** The form. */
export function PasswordForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const action = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    // Checked here: a typo in a password nobody can see would lock its owner out.
    if (next !== confirmation) return setMismatch(true);
    const changed = await action.run(() => changePassword(current, next));
    if (!changed) return;
    setCurrent('');
    setNext('');
    setConfirmation('');
    setDone('Password changed. Your other sessions have been signed out; this one stays.');
  };

  return (
    <form className="panel" aria-labelledby="password-heading" onSubmit={(event) => void submit(event)}>
      <h2 id="password-heading">Password</h2>
      <div className="form-grid">
        <TextField
          label="Current password"
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onChange={setCurrent}
          error={fieldError(action.error, 'currentPassword')}
        />
        <TextField
          label="New password"
          type="password"
          autoComplete="new-password"
          required
          value={next}
          onChange={(value) => {
            setNext(value);
            setMismatch(false);
          }}
          hint={PASSWORD_HINT}
          error={fieldError(action.error, ...NEW_PASSWORD_PATHS)}
        />
        <TextField
          label="Confirm new password"
          type="password"
          autoComplete="new-password"
          required
          value={confirmation}
          onChange={(value) => {
            setConfirmation(value);
            setMismatch(false);
          }}
          error={mismatch ? 'does not match the new password' : undefined}
        />
      </div>
      <ErrorNote error={action.error} beside={FIELDS} />
      <StatusNote message={done} />
      <FormActions busy={action.busy} label="Change password" busyLabel="Changing…" />
    </form>
  );
}
