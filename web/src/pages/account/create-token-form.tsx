/** Your account: make an API token: a name, how many days it lasts (90 unless changed), and optionally a lesser role. */
import { useState, type FormEvent } from 'react';
import type { Role } from '../../../../src/core/access.js';
import { ROLE_LABELS, rolesUpTo } from '../../account/roles.js';
import { createToken } from '../../api/tokens.js';
import type { CreatedToken } from '../../api/types.js';
import { SelectField, TextField } from '../../components/fields.js';
import { ErrorNote, fieldError } from '../../components/notices.js';
import { useAction } from '../../hooks/use-action.js';
import { useUser } from '../../session/session.js';
import { FormActions } from '../../components/form-actions.js';

const FIELDS = ['name', 'expiresInDays', 'role'];
const DEFAULT_DAYS = '90';

/** The form; `onCreated` gets the token with its secret. */
export function CreateTokenForm({ onCreated }: { onCreated(token: CreatedToken): void }) {
  const user = useUser();
  const [name, setName] = useState('');
  const [days, setDays] = useState(DEFAULT_DAYS);
  const [role, setRole] = useState<Role | ''>('');
  const action = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await action.run(async () => {
      onCreated(await createToken({ name, expiresInDays: Number(days), role: role === '' ? undefined : role }));
      setName('');
      setDays(DEFAULT_DAYS);
      setRole('');
    });
  };

  return (
    <form aria-labelledby="new-token-heading" onSubmit={(event) => void submit(event)}>
      <h3 id="new-token-heading">Make a token</h3>
      <div className="form-grid">
        <TextField label="Token name" hint="What uses it, e.g. “CI lint job”." required value={name} onChange={setName} error={fieldError(action.error, 'name')} />
        <TextField label="Expires in (days)" type="number" min={1} max={365} required value={days} onChange={setDays} hint="1 to 365." error={fieldError(action.error, 'expiresInDays')} />
        <SelectField
          label="Role cap"
          emptyLabel={`None: your role (${ROLE_LABELS[user.role].toLowerCase()})`}
          options={rolesUpTo(user.role)}
          value={role}
          onChange={setRole}
          hint="A token can do no more than you; cap it lower, e.g. viewer for a read-only dashboard."
          error={fieldError(action.error, 'role')}
        />
      </div>
      <ErrorNote error={action.error} beside={FIELDS} />
      <FormActions busy={action.busy} label="Make token" busyLabel="Making…" />
    </form>
  );
}
