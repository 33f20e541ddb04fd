/** `--as EMAIL`: the account a command that changes stored postmortems acts as, under that account's role and access. */
import { InputError, NotFoundError } from '../../core/errors.js';
import type { Actor, Store } from '../../store/store.types.js';

/** The account `--as` names, as the actor the store and the rules judge. */
export async function actorFor(store: Store, email: string | undefined, command: string): Promise<Actor> {
  if (email === undefined || email.trim() === '') throw new InputError(`${command}: --as is required: the e-mail of the account that acts (its role and access apply)`);
  const wanted = email.trim().toLowerCase();
  const user = (await store.listUsers()).find((u) => u.email === wanted);
  if (user === undefined) throw new NotFoundError(`${command}: --as: no account ${wanted}; see debrief user list`);
  if (user.disabledAt !== null) throw new InputError(`${command}: --as: the account ${wanted} is disabled`);
  return { userId: user.id, email: user.email, role: user.role };
}
