/** `debrief token create|revoke`: API tokens for scripts; `create` prints only the token, the one time it is seen. */
import { InputError } from '../../core/errors.js';
import { resolveStoreOptions, withStore, type StoreOptions } from '../../store/open-store.js';
import { writeOut } from '../output.js';
import { EXIT } from '../report-error.js';

/** What `debrief token` can do. */
export type TokenAction = 'create' | 'revoke';

/** The options `debrief token` accepts. */
export interface TokenOptions extends StoreOptions {
  email?: string;
  name?: string;
}

/** The name of a token created without `--name`: when it was made, so that each is distinct. */
function defaultName(): string {
  return `cli-${new Date().toISOString().slice(0, 19)}Z`;
}

/** Runs `debrief token <action>`. */
export async function tokenCommand(action: TokenAction, options: TokenOptions): Promise<number> {
  const storeOptions = resolveStoreOptions(options);
  const email = options.email;
  if (email === undefined) throw new InputError(`token ${action}: --email is required`);
  if (action === 'create') {
    const created = await withStore(storeOptions, (store) => store.createToken(email, options.name ?? defaultName()));
    writeOut(`${created.token}\n`);
    return EXIT.ok;
  }
  const name = options.name;
  if (name === undefined) throw new InputError('token revoke: --name is required');
  await withStore(storeOptions, (store) => store.revokeToken(email, name));
  writeOut(`revoked the token "${name}" of ${email.trim().toLowerCase()}\n`);
  return EXIT.ok;
}
