/**
 * API tokens over the API: everyone lists, creates and revokes their own; admins also those of others. A token is
 * shown once, when it is created; it expires (90 days unless asked otherwise, 365 at most) and may be capped at a
 * lesser role than its user's.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canManageUsers } from '../../core/access.js';
import { ForbiddenError } from '../../core/errors.js';
import type { Store, User } from '../../store/store.types.js';
import { MAX_TOKEN_DAYS } from '../../store/tokens.js';
import { auditSource, signedInUser } from '../auth.js';
import { SMALL_BODY_BYTES } from '../content-types.js';
import { errorResponses } from '../views/error.js';
import { roleSchema, tokenView, tokenViewSchema } from '../views/user.js';
import { emailSchema } from './users.js';

const createdTokenSchema = tokenViewSchema.extend({ token: z.string().describe('The token itself: shown this once, never again.') }).meta({ id: 'CreatedToken' });

/** The account a request acts on: the caller's own, or (admins only) the one named. */
function accountOf(user: User, email: string | undefined): string {
  if (email === undefined || email.toLowerCase() === user.email) return user.email;
  if (!canManageUsers(user.role)) throw new ForbiddenError('only admins may see or make the tokens of other users');
  return email;
}

/** GET /tokens, POST /tokens, DELETE /tokens/{id}. */
export const tokenRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get(
    '/tokens',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Your API tokens (admins: another user\u2019s with ?email=, everyone\u2019s with ?all=true), newest first',
        querystring: z.strictObject({ email: emailSchema.optional(), all: z.enum(['true', 'false']).optional() }),
        response: { 200: z.object({ items: z.array(tokenViewSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const user = signedInUser(request);
      if (request.query.all === 'true' && !canManageUsers(user.role)) throw new ForbiddenError('only admins may list every token');
      const email = request.query.all === 'true' ? undefined : accountOf(user, request.query.email);
      return { items: (await store.listTokens(email)).map(tokenView) };
    },
  );

  app.post(
    '/tokens',
    {
      bodyLimit: SMALL_BODY_BYTES,
      schema: {
        tags: ['tokens'],
        summary: 'Make an API token (for yourself; admins also for another user)',
        body: z.strictObject({
          name: z.string().trim().min(1).max(100),
          expiresInDays: z.number().int().min(1).max(MAX_TOKEN_DAYS).optional().describe('Default 90.'),
          role: roleSchema.optional().describe('Cap the token below its user\u2019s role, e.g. viewer for a read-only dashboard.'),
          email: emailSchema.optional().describe('Admins: the user to make it for.'),
        }),
        response: { 201: createdTokenSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { email, ...token } = request.body;
      const created = await store.createToken(accountOf(signedInUser(request), email), token, auditSource(request));
      return reply.code(201).send({ ...tokenView(created), token: created.token });
    },
  );

  app.delete(
    '/tokens/:id',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Revoke a token (your own; admins any)',
        params: z.strictObject({ id: z.string().min(1).max(100) }),
        response: { 204: z.undefined(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = signedInUser(request);
      const owner = canManageUsers(user.role) ? {} : { ownerId: user.id };
      await store.revokeToken({ id: request.params.id, ...owner }, auditSource(request));
      return reply.code(204).send();
    },
  );
};
