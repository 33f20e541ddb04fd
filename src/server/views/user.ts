/** How accounts and their tokens are shown over HTTP (never with a password hash or a token's secret). */
import { z } from 'zod';
import type { TokenInfo, User } from '../../store/store.types.js';

/** The roles a user can have. */
export const roleSchema = z.enum(['viewer', 'editor', 'admin']);

/** A user account. */
export const userViewSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: roleSchema,
    createdAt: z.string(),
    disabled: z.boolean().describe('A disabled account cannot sign in and has no sessions or tokens.'),
    disabledAt: z.string().nullable(),
  })
  .meta({ id: 'User' });

/** The JSON of one user. */
export function userView(user: User): z.infer<typeof userViewSchema> {
  return { id: user.id, email: user.email, name: user.name, role: user.role, createdAt: user.createdAt, disabled: user.disabledAt !== null, disabledAt: user.disabledAt };
}

/** An API token as listed (its secret is shown once, when it is created). */
export const tokenViewSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string().describe('Its user.'),
    role: roleSchema.nullable().describe('The most it may do; null: whatever its user may.'),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
  })
  .meta({ id: 'Token' });

/** The JSON of one token. */
export function tokenView(token: TokenInfo): z.infer<typeof tokenViewSchema> {
  return { id: token.id, name: token.name, email: token.email, role: token.role, createdAt: token.createdAt, expiresAt: token.expiresAt, lastUsedAt: token.lastUsedAt };
}
