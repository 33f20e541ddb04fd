/** Admin → Users: one account's row: its role (a select), its status, Disable / Enable and Set password. */
import { useState } from 'react';
import type { Role } from '../../../../src/core/access.js';
import { ROLE_LABELS } from '../../account/roles.js';
import type { Account } from '../../api/types.js';
import { changeUser } from '../../api/users.js';
import { ConfirmButton } from '../../components/confirm-button.js';
import { SelectField } from '../../components/fields.js';
import { ErrorNote, StatusNote } from '../../components/notices.js';
import { formatLocal } from '../../editing/local-time.js';
import { useAction } from '../../hooks/use-action.js';
import { SetPasswordForm } from './set-password-form.js';

interface UserRowProps {
  user: Account;
  /** True for the signed-in admin's own row. */
  isYou: boolean;
  /** The account as the server answered it after a change. */
  onChanged(user: Account): void;
}

/** Active, or disabled since when. */
function Status({ user }: { user: Account }) {
  if (user.disabled) {
    return (
      <>
        <span className="badge badge-disabled">Disabled</span>
        <div className="row-meta">
          since <time dateTime={user.disabledAt ?? undefined}>{formatLocal(user.disabledAt)}</time>
        </div>
      </>
    );
  }
  return (
    <>
      <span className="badge badge-active">Active</span>
      <div className="row-meta">
        created <time dateTime={user.createdAt}>{formatLocal(user.createdAt)}</time>
      </div>
    </>
  );
}

/** The row. */
export function UserRow({ user, isYou, onChanged }: UserRowProps) {
  const roleChange = useAction();
  const access = useAction();
  const [settingPassword, setSettingPassword] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const formId = `set-password-${user.id}`;

  const change = async (which: typeof roleChange, body: { role?: Role; disabled?: boolean }, message: string) => {
    setDone(null);
    if (await which.run(async () => onChanged(await changeUser(user.email, body)))) setDone(message);
  };

  return (
    <tr data-testid="user-row" data-email={user.email}>
      <td>
        {user.email}
        {isYou ? <div className="row-meta">you</div> : null}
      </td>
      <td>{user.name || '—'}</td>
      <td>
        <SelectField
          compact
          label={`Role of ${user.email}`}
          options={ROLE_LABELS}
          value={user.role}
          onChange={(role) => role !== '' && void change(roleChange, { role }, `${user.email} is now ${ROLE_LABELS[role].toLowerCase()}.`)}
          error={roleChange.error instanceof Error ? roleChange.error.message : undefined}
        />
      </td>
      <td>
        <Status user={user} />
      </td>
      <td>
        <div className="row-actions">
          <ConfirmButton
            label={
              <>
                {user.disabled ? 'Enable' : 'Disable'}
                <span className="visually-hidden"> {user.email}</span>
              </>
            }
            ask={!user.disabled}
            question={`Disable ${user.email}?`}
            confirmLabel="Disable"
            disabled={access.busy}
            onConfirm={() =>
              void change(access, { disabled: !user.disabled }, user.disabled ? `${user.email} can sign in again.` : `${user.email} is disabled; their sessions ended and their tokens are revoked.`)
            }
          >
            <p>They can no longer sign in. This ends all of their sessions and revokes all of their API tokens at once; enabling them again does not bring the tokens back.</p>
          </ConfirmButton>
          <button type="button" aria-expanded={settingPassword} aria-controls={formId} onClick={() => setSettingPassword(!settingPassword)}>
            Set password<span className="visually-hidden"> of {user.email}</span>
          </button>
        </div>
        <ErrorNote error={access.error} />
        <StatusNote message={done} />
        <div id={formId}>
          {settingPassword ? (
            <SetPasswordForm
              email={user.email}
              onCancel={() => setSettingPassword(false)}
              onDone={() => {
                setSettingPassword(false);
                setDone(`Password of ${user.email} set; their sessions have ended.`);
              }}
            />
          ) : null}
        </div>
      </td>
    </tr>
  );
}
