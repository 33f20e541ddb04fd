/** Which role a user signing in with the identity provider gets from the groups the provider says they are in (pure). */
import { ROLES, type Role } from './access.js';

/** The provider's groups that make a user each role (any one of them is enough). */
export type RoleGroups = Partial<Record<Role, readonly string[]>>;

/**
 * The most powerful role any of `groups` maps to, or `fallback` when none does; null when the provider sent no
 * groups at all (the claim is missing: the user's role is left as it is, rather than taken away by an omission).
 */
export function roleFromGroups(groups: readonly string[] | null, mapping: RoleGroups, fallback: Role): Role | null {
  if (groups === null) return null;
  const held = new Set(groups);
  const mapped = [...ROLES].reverse().find((role) => (mapping[role] ?? []).some((group) => held.has(group)));
  return mapped ?? fallback;
}

/** The groups in a claim's value: an array of strings, or one string (some providers send a lone group so); null when absent. */
export function groupsOf(value: unknown): string[] | null {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((entry): entry is string => typeof entry === 'string');
  return null;
}
