/** A datalist of known users for owner and people fields: pick one, or type any name. */
import { useEffect, useState } from 'react';
import { listUsers } from '../../../api/users.js';
import type { User } from '../../../api/types.js';

/** The datalist element with id `id` (empty until the users have loaded, or when they cannot be listed). */
export function PeopleList({ id }: { id: string }) {
  const [users, setUsers] = useState<User[]>([]);
  useEffect(() => {
    listUsers().then(setUsers, () => setUsers([]));
  }, []);
  return (
    <datalist id={id}>
      {users.map((user) => (
        <option key={user.id} value={user.name || user.email}>
          {user.email}
        </option>
      ))}
    </datalist>
  );
}
