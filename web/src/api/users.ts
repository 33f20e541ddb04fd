/** The accounts: everyone lists them (owner pickers); admins create them, change roles, disable, enable and set passwords. */
import type { Role } from '../../../src/core/access.js';
import { send, sendJson } from './http.js';
import type { Account } from './types.js';

const BASE = '/api/v1/users';

/** The address of one account (or a path below it). */
function pathOf(email: string, rest = ''): string {
  return `${BASE}/${encodeURIComponent(email)}${rest}`;
}

/** Every user. */
export async function listUsers(): Promise<Account[]> {
  return (await sendJson<{ items: Account[] }>(BASE)).items;
}

/** Creates a user (admins); 422 with the reason when the password is too weak. */
export function createUser(input: { email: string; name?: string; role: Role; password: string }): Promise<Account> {
  return sendJson(BASE, { method: 'POST', body: input });
}

/** Changes a user's role, or disables (ending their sessions and tokens) or enables them (admins); 409 for the last admin. */
export function changeUser(email: string, change: { role?: Role; disabled?: boolean }): Promise<Account> {
  return sendJson(pathOf(email), { method: 'PATCH', body: change });
}

/** Sets a user's password (admins); ends their sessions. */
export async function setUserPassword(email: string, password: string): Promise<void> {
  await send(pathOf(email, '/password'), { method: 'PUT', body: { password } });
}
