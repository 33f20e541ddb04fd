/** Accounts: everyone signed in can list them (owner pickers); admins create users and change roles. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canManageUsers } from '../../core/access.js';
import type { Store } from '../../store/store.types.js';
import { errorResponses } from '../views/error.js';
import { roleSchema, userView, userViewSchema } from '../views/user.js';

const emailSchema = z.string().trim().min(3).max(320).regex(/^[^\s@]+@[^\s@]+$/, 'expected an e-mail address');

/** GET /users, POST /users, PATCH /users/{email}. */
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
      schema: {
        tags: ['users'],
        summary: 'Create a user (admins)',
        body: z.strictObject({ email: emailSchema, name: z.string().trim().max(200).optional(), role: roleSchema, password: z.string().min(8).max(1024) }),
        response: { 201: userViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send(userView(await store.createUser(request.body))),
  );

  app.patch(
    '/users/:email',
    {
      config: { allow: canManageUsers },
      schema: {
        tags: ['users'],
        summary: 'Change a user\u2019s role (admins)',
        params: z.strictObject({ email: emailSchema }),
        body: z.strictObject({ role: roleSchema }),
        response: { 200: userViewSchema, ...errorResponses },
      },
    },
    async (request) => userView(await store.setUserRole(request.params.email, request.body.role)),
  );
};
