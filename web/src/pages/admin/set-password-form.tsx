/** Admin → Users: set one user's password (which ends all of their sessions). */
import { useState, type FormEvent } from 'react';
import { NEW_PASSWORD_PATHS, PASSWORD_HINT } from '../../account/passwords.js';
import { setUserPassword } from '../../api/users.js';
import { TextField } from '../../components/fields.js';
import { ErrorNote, fieldError } from '../../components/notices.js';
import { useAction } from '../../hooks/use-action.js';
import { FormActions } from '../../components/form-actions.js';

/** The small form; `onDone` after the server took the password, `onCancel` to close it. */
export function SetPasswordForm({ email, onDone, onCancel }: { email: string; onDone(): void; onCancel(): void }) {
  const [password, setPassword] = useState('');
  const action = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await action.run(() => setUserPassword(email, password))) onDone();
  };

  return (
    <form className="inline-form" aria-label={`Set the password of ${email}`} onSubmit={(event) => void submit(event)}>
      <TextField
        label={`New password for ${email}`}
        type="password"
        autoComplete="new-password"
        required
        value={password}
        onChange={setPassword}
        hint={`${PASSWORD_HINT} Saving it ends all of their sessions.`}
        error={fieldError(action.error, ...NEW_PASSWORD_PATHS)}
      />
      <ErrorNote error={action.error} beside={NEW_PASSWORD_PATHS} />
      <FormActions busy={action.busy} label="Save password" busyLabel="Saving…" onCancel={onCancel} />
    </form>
  );
}
