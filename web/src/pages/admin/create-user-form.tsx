/** Admin → Users: the form that creates an account; the server's complaints are shown beside the field they concern. */
import { useState, type FormEvent } from 'react';
import type { Role } from '../../../../src/core/access.js';
import { PASSWORD_HINT } from '../../account/passwords.js';
import { ROLE_LABELS } from '../../account/roles.js';
import { createUser } from '../../api/users.js';
import type { Account } from '../../api/types.js';
import { SelectField, TextField } from '../../components/fields.js';
import { ErrorNote, fieldError, StatusNote } from '../../components/notices.js';
import { useAction } from '../../hooks/use-action.js';
import { FormActions } from '../../components/form-actions.js';

const FIELDS = ['email', 'name', 'role', 'password'] as const;

/** The form; `onCreated` gets the new account. */
export function CreateUserForm({ onCreated }: { onCreated(user: Account): void }) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [password, setPassword] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const action = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    await action.run(async () => {
      const user = await createUser({ email, name: name.trim() === '' ? undefined : name, role, password });
      onCreated(user);
      setDone(`Created ${user.email} as ${ROLE_LABELS[user.role].toLowerCase()}.`);
      setEmail('');
      setName('');
      setPassword('');
    });
  };

  return (
    <form className="panel" aria-labelledby="create-user" onSubmit={(event) => void submit(event)}>
      <h2 id="create-user">Create a user</h2>
      <div className="form-grid">
        <TextField label="E-mail" type="email" autoComplete="off" required value={email} onChange={setEmail} error={fieldError(action.error, 'email')} />
        <TextField label="Name" autoComplete="off" value={name} onChange={setName} error={fieldError(action.error, 'name')} />
        <SelectField label="Role" options={ROLE_LABELS} value={role} onChange={(value) => value !== '' && setRole(value)} error={fieldError(action.error, 'role')} />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={setPassword}
          hint={PASSWORD_HINT}
          error={fieldError(action.error, 'password')}
        />
      </div>
      <ErrorNote error={action.error} beside={FIELDS} />
      <StatusNote message={done} />
      <FormActions busy={action.busy} label="Create user" busyLabel="Creating…" />
    </form>
  );
}
