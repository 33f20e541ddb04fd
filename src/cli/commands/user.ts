/**
 * `debrief user create|list|set-role|disable|enable|set-password`: manage accounts from the command line (passwords
 * come from stdin). Each change is recorded in the audit log as done from the command line.
 */
import type { Role } from '../../core/access.js';
import type { AuditSource } from '../../core/audit.js';
import { InputError } from '../../core/errors.js';
import { resolveStoreOptions, withStore, type StoreOptions } from '../../store/open-store.js';
import type { User } from '../../store/store.types.js';
import { writeErr, writeOut } from '../output.js';
import { EXIT } from '../report-error.js';

/** What `debrief user` can do. */
export type UserAction = 'create' | 'list' | 'set-role' | 'disable' | 'enable' | 'set-password';

/** The options `debrief user` accepts. */
export interface UserOptions extends StoreOptions {
  email?: string;
  role?: Role;
  name?: string;
}

/** Who the command line acts as in the audit log: the operator at the machine. */
export const CLI_SOURCE: AuditSource = { via: 'cli' };

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

/** The password on stdin, or InputError saying how to give one. */
async function passwordFromStdin(action: UserAction): Promise<string> {
  const password = await readFirstLine();
  if (password === '') throw new InputError(`user ${action}: no password on stdin; pipe it in, e.g. printf '%s\\n' "$PASSWORD" | debrief user ${action} …`);
  return password;
}

/** The value of a required option of an action, or InputError naming it. */
function required<T>(value: T | undefined, action: UserAction, option: string): T {
  if (value === undefined) throw new InputError(`user ${action}: ${option} is required`);
  return value;
}

/** One line of `user list`: e-mail, role, name, and whether it is disabled. */
function userLine(u: User): string {
  return `${u.email}\t${u.role}\t${u.name}${u.disabledAt === null ? '' : `\tdisabled since ${u.disabledAt}`}\n`;
}

/** Runs `debrief user <action>`. */
export async function userCommand(action: UserAction, options: UserOptions): Promise<number> {
  const storeOptions = resolveStoreOptions(options);
  if (action === 'list') {
    const users = await withStore(storeOptions, (store) => store.listUsers());
    writeOut(users.map(userLine).join(''));
    return EXIT.ok;
  }
  const email = required(options.email, action, '--email');
  switch (action) {
    case 'set-role': {
      const role = required(options.role, action, '--role');
      const user = await withStore(storeOptions, (store) => store.setUserRole(email, role, CLI_SOURCE));
      writeOut(`${user.email} is now ${user.role}\n`);
      return EXIT.ok;
    }
    case 'disable':
    case 'enable': {
      const user = await withStore(storeOptions, (store) => store.setUserDisabled(email, action === 'disable', CLI_SOURCE));
      writeOut(action === 'disable' ? `disabled ${user.email}: its sessions are ended and its tokens revoked\n` : `enabled ${user.email}: it can sign in again\n`);
      return EXIT.ok;
    }
    case 'set-password': {
      const password = await passwordFromStdin(action);
      await withStore(storeOptions, (store) => store.setPassword(email, password, CLI_SOURCE));
      writeOut(`set the password of ${email.trim().toLowerCase()}; its sessions are ended\n`);
      return EXIT.ok;
    }
    case 'create': {
      const role = required(options.role, action, '--role');
      const password = await passwordFromStdin(action);
      const input = { email, role, password, ...(options.name === undefined ? {} : { name: options.name }) };
      const user = await withStore(storeOptions, (store) => store.createUser(input, CLI_SOURCE));
      writeOut(`created ${user.role} ${user.email}\n`);
      return EXIT.ok;
    }
  }
}
