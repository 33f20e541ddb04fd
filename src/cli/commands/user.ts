/** `debrief user create|list|set-role`: manage accounts from the command line (the password comes from stdin). */
import type { Role } from '../../core/access.js';
import { InputError } from '../../core/errors.js';
import { resolveStoreOptions, withStore, type StoreOptions } from '../../store/open-store.js';
import { writeErr, writeOut } from '../output.js';
import { EXIT } from '../report-error.js';

/** What `debrief user` can do. */
export type UserAction = 'create' | 'list' | 'set-role';

/** The options `debrief user` accepts. */
export interface UserOptions extends StoreOptions {
  email?: string;
  role?: Role;
  name?: string;
}

/** More than this on the first line of stdin is not a password. */
const MAX_PASSWORD_INPUT = 4096;

/** The first line of stdin (without its line ending). */
async function readFirstLine(): Promise<string> {
  if (process.stdin.isTTY === true) writeErr('password (it will be visible; pipe it in to avoid that): ');
  process.stdin.setEncoding('utf8');
  let text = '';
  for await (const chunk of process.stdin as AsyncIterable<string>) {
    text += chunk;
    if (text.includes('\n') || text.length > MAX_PASSWORD_INPUT) break;
  }
  return (text.split('\n')[0] ?? '').replace(/\r$/, '');
}

/** The value of a required option of an action, or InputError naming it. */
function required<T>(value: T | undefined, action: UserAction, option: string): T {
  if (value === undefined) throw new InputError(`user ${action}: ${option} is required`);
  return value;
}

/** Runs `debrief user <action>`. */
export async function userCommand(action: UserAction, options: UserOptions): Promise<number> {
  const storeOptions = resolveStoreOptions(options);
  if (action === 'list') {
    const users = await withStore(storeOptions, (store) => store.listUsers());
    writeOut(users.map((u) => `${u.email}\t${u.role}\t${u.name}\n`).join(''));
    return EXIT.ok;
  }
  const email = required(options.email, action, '--email');
  const role = required(options.role, action, '--role');
  if (action === 'set-role') {
    const user = await withStore(storeOptions, (store) => store.setUserRole(email, role));
    writeOut(`${user.email} is now ${user.role}\n`);
    return EXIT.ok;
  }
  const password = await readFirstLine();
  if (password === '') throw new InputError(`user create: no password on stdin; pipe it in, e.g. printf '%s\\n' "$PASSWORD" | debrief user create …`);
  const user = await withStore(storeOptions, (store) => store.createUser({ email, role, password, ...(options.name === undefined ? {} : { name: options.name }) }));
  writeOut(`created ${user.role} ${user.email}\n`);
  return EXIT.ok;
}
