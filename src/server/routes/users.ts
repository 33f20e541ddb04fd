/** Accounts: everyone signed in can list them (owner pickers); admins create users, change roles, disable and enable them, and set passwords. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canManageUsers } from '../../core/access.js';
import type { Store } from '../../store/store.types.js';
import { auditSource } from '../auth.js';
import { SMALL_BODY_BYTES } from '../content-types.js';
import { errorResponses } from '../views/error.js';
import { roleSchema, userView, userViewSchema } from '../views/user.js';

/** An e-mail address as the API takes it. */
export const emailSchema = z.string().trim().min(3).max(320).regex(/^[^\s@]+@[^\s@]+$/, 'expected an e-mail address');

/** A new password: the store judges its strength and says why it is refused. */
const passwordSchema = z.string().min(1).max(1024).describe('At least 12 characters, and not easy to guess (checked against common passwords and patterns).');

const accountChangeSchema = z
  .strictObject({
    role: roleSchema.optional(),
    disabled: z.boolean().optional().describe('true ends the account\u2019s sessions and revokes its tokens at once; false lets it sign in again.'),
  })
  .refine((body) => body.role !== undefined || body.disabled !== undefined, { message: 'send role, disabled or both' });

/** GET /users, POST /users, PATCH /users/{email}, PUT /users/{email}/password. */
export const userRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get(
    '/users',
    { schema: { tags: ['users'], summary: 'Every user (for owner pickers)', response: { 200: z.object({ items: z.array(userViewSchema) }), ...errorResponses } } },
    async () => ({ items: (await store.listUsers()).map(userView) }),
  );

  app.post(
    '/users',
    {
      config: { allow: canManageUsers },
      bodyLimit: SMALL_BODY_BYTES,
      schema: {
        tags: ['users'],
        summary: 'Create a user (admins)',
        body: z.strictObject({ email: emailSchema, name: z.string().trim().max(200).optional(), role: roleSchema, password: passwordSchema }),
        response: { 201: userViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send(userView(await store.createUser(request.body, auditSource(request)))),
  );

  app.patch(
    '/users/:email',
    {
      config: { allow: canManageUsers },
      bodyLimit: SMALL_BODY_BYTES,
      schema: {
        tags: ['users'],
        summary: 'Change a user\u2019s role, or disable or enable the account (admins)',
        params: z.strictObject({ email: emailSchema }),
        body: accountChangeSchema,
        response: { 200: userViewSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { email } = request.params;
      const { role, disabled } = request.body;
      const by = auditSource(request);
      let user = role === undefined ? undefined : await store.setUserRole(email, role, by);
      if (disabled !== undefined) user = await store.setUserDisabled(email, disabled, by);
      return userView(user as NonNullable<typeof user>);
    },
  );

  app.put(
    '/users/:email/password',
    {
      config: { allow: canManageUsers },
      bodyLimit: SMALL_BODY_BYTES,
      schema: {
        tags: ['users'],
        summary: 'Set a user\u2019s password (admins); ends all of that user\u2019s sessions',
        params: z.strictObject({ email: emailSchema }),
        body: z.strictObject({ password: passwordSchema }),
        response: { 204: z.undefined(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await store.setPassword(request.params.email, request.body.password, auditSource(request));
      return reply.code(204).send();
    },
  );
};
