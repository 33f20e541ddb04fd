/**
 * Checks on everything that enters the store. Each failure is an InputError whose message names the field
 * and whose details are `[{ path, message }, …]`, the field problems the server answers with.
 */
import { InputError } from '../core/errors.js';
import { postmortemSchema, utcInstant, type Postmortem } from '../core/postmortem.schema.js';
import { isRole, type Role } from '../core/access.js';

/** One problem with one field of the input. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** An InputError about one field. */
export function fieldError(path: string, message: string): InputError {
  return new InputError(`${path}: ${message}`, [{ path, message }] satisfies FieldIssue[]);
}

/** The ids a postmortem may keep: a letter or digit, then up to 63 letters, digits, `.`, `_` or `-`. */
const POSTMORTEM_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** A loose e-mail check: something, @, something, no spaces (the mail server is the real judge). */
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** Checks a postmortem document against the schema; InputError listing every problem by its path. */
export function parsePostmortem(input: unknown): Postmortem {
  const result = postmortemSchema.safeParse(input);
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.map((i) => ({ path: i.path.join('.') || '(document)', message: i.message }));
  const [first] = issues;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  throw new InputError(`invalid postmortem: ${first?.path}: ${first?.message}${more}`, issues);
}

/** The postmortem id a document asks for, checked (null when it has none). */
export function requestedId(pm: Postmortem): string | null {
  if (pm.id === null) return null;
  if (!POSTMORTEM_ID.test(pm.id)) {
    throw fieldError('id', 'must start with a letter or digit and have at most 64 letters, digits, ".", "_" or "-"');
  }
  return pm.id;
}

/** An e-mail address in the form the store keeps (trimmed, lower case), or InputError naming `path`. */
export function normalEmail(value: string, path = 'email'): string {
  const email = value.trim().toLowerCase();
  if (!EMAIL.test(email) || email.length > 320) throw fieldError(path, `"${value}" is not an e-mail address`);
  return email;
}

/** A members list in the form the store keeps: valid e-mails, lower case, each once, sorted. */
export function normalMembers(members: readonly string[]): string[] {
  return [...new Set(members.map((m, i) => normalEmail(m, `members.${i}`)))].sort();
}

/** A role, or InputError naming the field `role`. */
export function checkedRole(value: string): Role {
  if (!isRole(value)) throw fieldError('role', `"${value}" is not a role; use viewer, editor or admin`);
  return value;
}

/** An ISO 8601 UTC instant, or InputError naming `path`. */
export function checkedInstant(value: string, path: string): string {
  if (!utcInstant.safeParse(value).success) throw fieldError(path, `"${value}" is not an ISO 8601 UTC instant such as 2024-03-01T14:05:00Z`);
  return value;
}

/** Text that must not be empty and has an upper bound on length, trimmed. */
export function checkedText(value: string, path: string, maxLength: number): string {
  const text = value.trim();
  if (text === '') throw fieldError(path, 'must not be empty');
  if (text.length > maxLength) throw fieldError(path, `must be at most ${maxLength} characters long`);
  return text;
}
