/** How accounts are shown over HTTP (never with a password hash). */
import { z } from 'zod';
import type { User } from '../../store/store.types.js';

/** The roles a user can have. */
export const roleSchema = z.enum(['viewer', 'editor', 'admin']);

/** A user account. */
export const userViewSchema = z
  .object({ id: z.string(), email: z.string(), name: z.string(), role: roleSchema, createdAt: z.string() })
  .meta({ id: 'User' });

/** The JSON of one user. */
export function userView(user: User): z.infer<typeof userViewSchema> {
  return { id: user.id, email: user.email, name: user.name, role: user.role, createdAt: user.createdAt };
}
