/** Which ways of signing in are open: local passwords unless an admin turned them off (and a provider is configured). */
import type { Store } from '../store/store.types.js';
import { HttpError } from './errors.js';
import type { OidcSettings } from './oidc-client.js';

/**
 * True when local passwords may sign in: always without an identity provider (turning them off then would lock
 * everyone out), otherwise as the admins set it.
 */
export async function localPasswordsOpen(store: Store, oidc: OidcSettings | null): Promise<boolean> {
  return oidc === null || (await store.getSignInSettings()).localPasswords;
}

/** Throws 403 local_passwords_off when local passwords may not be used, naming the way that is open. */
export async function requireLocalPasswords(store: Store, oidc: OidcSettings | null): Promise<void> {
  if (await localPasswordsOpen(store, oidc)) return;
  throw new HttpError(403, 'local_passwords_off', `Passwords are turned off on this instance: sign in with ${oidc?.label ?? 'the identity provider'} instead (the button on the sign-in page).`);
}
