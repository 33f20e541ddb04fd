/** The accounts, for owner pickers. */
import { sendJson } from './http.js';
import type { User } from './types.js';

/** Every user. */
export async function listUsers(): Promise<User[]> {
  return (await sendJson<{ items: User[] }>('/api/v1/users')).items;
}
