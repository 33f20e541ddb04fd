/** Admin → Users: every account with its role and status; create users, change roles, disable or enable them, set passwords; how people sign in; everyone's API tokens. */
import { useEffect, useState } from 'react';
import type { Account } from '../../api/types.js';
import { listUsers } from '../../api/users.js';
import { ErrorNote, Loading } from '../../components/notices.js';
import { TableHead } from '../../components/table-head.js';
import { useSession, useUser } from '../../session/session.js';
import { TokensSection } from '../account/tokens-section.js';
import { CreateUserForm } from './create-user-form.js';
import { SignInSettingsSection } from './sign-in-settings.js';
import { UserRow } from './user-row.js';

/** In the order the server lists them: by e-mail. */
function byEmail(a: Account, b: Account): number {
  return a.email < b.email ? -1 : a.email > b.email ? 1 : 0;
}

/** The users page (admins only; the app checks before it shows it). */
export default function UsersPage() {
  const me = useUser();
  const { refresh } = useSession();
  const [users, setUsers] = useState<Account[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    listUsers().then(setUsers, setError);
  }, []);

  const changed = (user: Account) => {
    setUsers((current) => current?.map((u) => (u.id === user.id ? user : u)) ?? null);
    // Demoting or disabling yourself changes what this session may do (or ends it): the app must know at once.
    if (user.id === me.id) void refresh().catch(() => undefined);
  };

  return (
    <>
      <h1>Users</h1>
      <CreateUserForm onCreated={(user) => setUsers((current) => [...(current ?? []), user].sort(byEmail))} />
      <ErrorNote error={error} />
      {users === null ? (
        error === null ? <Loading what="the users" /> : null
      ) : (
        <div className="table-scroll">
          <table className="list-table">
            <caption className="visually-hidden">Users, by e-mail</caption>
            <TableHead columns={['E-mail', 'Name', 'Role', 'Status', '']} />
            <tbody>
              {users.map((user) => (
                <UserRow key={user.id} user={user} isYou={user.id === me.id} onChanged={changed} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <SignInSettingsSection />
      <TokensSection everyone />
    </>
  );
}
