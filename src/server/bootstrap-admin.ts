/** The first start of an empty database: create an admin, from the environment or with a generated password. */
import { randomBytes } from 'node:crypto';
import { ConflictError, InputError } from '../core/errors.js';
import type { Store } from '../store/store.types.js';

/** The e-mail of the generated admin when none is configured. */
const DEFAULT_ADMIN_EMAIL = 'admin@localhost';

/** What the first start did. `password` is set only when it was generated (to be shown once). */
export type AdminBootstrap = { created: false } | { created: true; email: string; password?: string };

/**
 * Creates the first admin when there are no users: `email`/`password` when given, else `admin@localhost`
 * and/or a generated password. Another instance doing the same at the same moment is not an error.
 */
export async function ensureAdmin(store: Store, wanted: { email?: string; password?: string }): Promise<AdminBootstrap> {
  if ((await store.countUsers()) > 0) return { created: false };
  const email = wanted.email?.trim() || DEFAULT_ADMIN_EMAIL;
  const given = wanted.password === '' ? undefined : wanted.password;
  const password = given ?? randomBytes(18).toString('base64url');
  try {
    await store.createUser({ email, name: 'Administrator', role: 'admin', password }, { via: 'cli' });
  } catch (error) {
    if (error instanceof ConflictError) return { created: false };
    // Name the setting to change (DEBRIEF_ADMIN_PASSWORD: …), not just the field the store checked.
    const field = error instanceof InputError ? /^(email|password): /.exec(error.message)?.[1] : undefined;
    if (field !== undefined) throw new InputError(`DEBRIEF_ADMIN_${field.toUpperCase()}${(error as InputError).message.slice(field.length)}`, (error as InputError).details);
    throw error;
  }
  return given === undefined ? { created: true, email, password } : { created: true, email };
}
