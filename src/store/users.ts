/** User accounts: creating them (password hashed), listing, changing roles, and checking passwords. */
import { ConflictError, NotFoundError } from '../core/errors.js';
import type { Role } from '../core/access.js';
import { countRows } from './count-rows.js';
import type { Connection } from './dialect/dialect.js';
import { checkPasswordStrength, DECOY_HASH, hashPassword, passwordMatches } from './password.js';
import { nowIso } from './now.js';
import { newId } from './secrets.js';
import type { User } from './store.types.js';
import type { UserTable } from './tables.js';
import { checkedRole, checkedText, normalEmail } from './validate.js';

/** The columns of a user that may leave the store (never the password hash). */
export const USER_COLUMNS = ['users.id', 'users.email', 'users.name', 'users.role', 'users.created_at'] as const;

/** A users row (without its hash) as the domain sees it. */
export function userOf(row: Omit<UserTable, 'password_hash'>): User {
  return { id: row.id, email: row.email, name: row.name, role: row.role, createdAt: row.created_at };
}

/** NotFoundError for an e-mail without an account. */
export function noSuchUser(email: string): NotFoundError {
  return new NotFoundError(`no user with e-mail ${email}`, { email });
}

/** How many accounts exist (the server makes the first admin when there are none). */
export async function countUsers({ db }: Connection): Promise<number> {
  return countRows(db, 'users');
}

/** Creates an account; ConflictError when the e-mail is taken, InputError for a bad e-mail, role or password. */
export async function createUser(
  { db, dialect }: Connection,
  input: { email: string; name?: string; role: Role; password: string },
): Promise<User> {
  const email = normalEmail(input.email);
  const role = checkedRole(input.role);
  checkPasswordStrength(input.password);
  const name = input.name === undefined ? (email.split('@')[0] ?? email) : checkedText(input.name, 'name', 200);
  const row: UserTable = { id: newId('u'), email, name, role, password_hash: await hashPassword(input.password), created_at: nowIso() };
  try {
    await db.insertInto('users').values(row).execute();
  } catch (error) {
    if (dialect.isUniqueViolation(error)) throw new ConflictError(`a user with e-mail ${email} already exists`, { email });
    throw error;
  }
  return userOf(row);
}

/** Every account, by e-mail. */
export async function listUsers({ db }: Connection): Promise<User[]> {
  const rows = await db.selectFrom('users').select(USER_COLUMNS).orderBy('email').execute();
  return rows.map(userOf);
}

/** Changes a user's role; ConflictError when that would leave no admin. */
export async function setUserRole({ db, dialect }: Connection, emailInput: string, roleInput: string): Promise<User> {
  const email = normalEmail(emailInput);
  const role = checkedRole(roleInput);
  return dialect.writeTransaction(db, async (trx) => {
    // The admin rows are locked first, in id order, then the user's: two role changes at once take their locks in
    // the same order (no deadlock), and two demotions at once cannot both see another admin left.
    const admins = await trx.selectFrom('users').select('id').where('role', '=', 'admin').orderBy('id').$if(dialect.rowLocks, (q) => q.forUpdate()).execute();
    const user = await trx.selectFrom('users').select(USER_COLUMNS).where('email', '=', email).$if(dialect.rowLocks, (q) => q.forUpdate()).executeTakeFirst();
    if (user === undefined) throw noSuchUser(email);
    if (user.role === 'admin' && role !== 'admin' && admins.length <= 1) {
      throw new ConflictError(`${email} is the only admin; make someone else admin first`, { email });
    }
    await trx.updateTable('users').set({ role }).where('id', '=', user.id).execute();
    return userOf({ ...user, role });
  });
}

/** The user when the password matches, else null; an unknown e-mail costs the same hashing work as a wrong password. */
export async function verifyPassword({ db }: Connection, emailInput: string, password: string): Promise<User | null> {
  const email = emailInput.trim().toLowerCase();
  const row = await db.selectFrom('users').select([...USER_COLUMNS, 'users.password_hash']).where('email', '=', email).executeTakeFirst();
  const matches = await passwordMatches(password, row?.password_hash ?? DECOY_HASH);
  return row !== undefined && matches ? userOf(row) : null;
}
