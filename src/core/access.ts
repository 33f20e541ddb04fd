/** Who may do what: the role policy shared by the store, the server and the CLI (pure, no I/O). */

/** Every role, least powerful first. */
export const ROLES = ['viewer', 'editor', 'admin'] as const;

/** What a user may do: read; read and write; everything, including deleting and managing users. */
export type Role = (typeof ROLES)[number];

/** True when `value` names a role. */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** True when the role may create and change postmortems, comments and action items. */
export function canWrite(role: Role): boolean {
  return role === 'editor' || role === 'admin';
}

/** True when the role may delete postmortems. */
export function canDelete(role: Role): boolean {
  return role === 'admin';
}

/** True when the role may create users and change roles. */
export function canManageUsers(role: Role): boolean {
  return role === 'admin';
}

/** True when the role may set the practice's rules: the owed-postmortem policy, teams, and waivers of owed postmortems. */
export function canAdminister(role: Role): boolean {
  return role === 'admin';
}

/** True when the role sees restricted postmortems it is not a member of. */
export function canSeeAllRestricted(role: Role): boolean {
  return role === 'admin';
}
