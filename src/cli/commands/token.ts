/**
 * `debrief token create|list|revoke`: API tokens for scripts. `create` prints only the token, the one time it is
 * seen; each token expires (`--expires-in-days`, 90 by default) and may be capped below its user's role (`--role`).
 */
import type { Role } from '../../core/access.js';
import { InputError } from '../../core/errors.js';
import { resolveStoreOptions, withStore, type StoreOptions } from '../../store/open-store.js';
import type { TokenInfo } from '../../store/store.types.js';
import { writeOut } from '../output.js';
import { EXIT } from '../report-error.js';
import { CLI_SOURCE } from './user.js';

/** What `debrief token` can do. */
export type TokenAction = 'create' | 'list' | 'revoke';

/** The options `debrief token` accepts. */
export interface TokenOptions extends StoreOptions {
  email?: string;
  name?: string;
  expiresInDays?: string;
  role?: Role;
}

/** The name of a token created without `--name`: when it was made, so that each is distinct. */
function defaultName(): string {
  return `cli-${new Date().toISOString().slice(0, 19)}Z`;
}

/** `--expires-in-days` as a number (the store checks its range). */
function days(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,4}$/.test(text.trim())) throw new InputError(`--expires-in-days: "${text}" is not a whole number of days (1-365)`);
  return Number(text);
}

/** One line of `token list`: user, name, role cap, created, expires, last used. */
function tokenLine(t: TokenInfo): string {
  return [t.email, t.name, t.role ?? 'user role', `created ${t.createdAt}`, `expires ${t.expiresAt ?? 'never'}`, `last used ${t.lastUsedAt ?? 'never'}`].join('\t') + '\n';
}

/** Runs `debrief token <action>`. */
export async function tokenCommand(action: TokenAction, options: TokenOptions): Promise<number> {
  const storeOptions = resolveStoreOptions(options);
  const email = options.email;
  if (action === 'list') {
    const tokens = await withStore(storeOptions, (store) => store.listTokens(email));
    writeOut(tokens.map(tokenLine).join(''));
    return EXIT.ok;
  }
  if (email === undefined) throw new InputError(`token ${action}: --email is required`);
  if (action === 'create') {
    const expiresInDays = days(options.expiresInDays);
    const request = { name: options.name ?? defaultName(), ...(expiresInDays === undefined ? {} : { expiresInDays }), ...(options.role === undefined ? {} : { role: options.role }) };
    const created = await withStore(storeOptions, (store) => store.createToken(email, request, CLI_SOURCE));
    writeOut(`${created.token}\n`);
    return EXIT.ok;
  }
  const name = options.name;
  if (name === undefined) throw new InputError('token revoke: --name is required');
  await withStore(storeOptions, (store) => store.revokeToken({ email, name }, CLI_SOURCE));
  writeOut(`revoked the token "${name}" of ${email.trim().toLowerCase()}\n`);
  return EXIT.ok;
}
