/** The roles in words, and which of them a token may be capped at. */
import { ROLES, type Role } from '../../../src/core/access.js';

/** Every role in words, least powerful first. */
export const ROLE_LABELS = { viewer: 'Viewer', editor: 'Editor', admin: 'Admin' } satisfies Record<Role, string>;

/** The roles at or below `role` (a token can do no more than its user), with their words. */
export function rolesUpTo(role: Role): Partial<Record<Role, string>> {
  return Object.fromEntries(ROLES.slice(0, ROLES.indexOf(role) + 1).map((r) => [r, ROLE_LABELS[r]]));
}
