/** The audit log (admins): sign-ins, account, token and access changes, newest first. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canManageUsers } from '../../core/access.js';
import { AUDIT_ACTIONS } from '../../core/audit.js';
import type { Store } from '../../store/store.types.js';
import { errorResponses } from '../views/error.js';
import { emailSchema } from './users.js';

const auditEventSchema = z
  .object({
    id: z.string(),
    at: z.string(),
    action: z.enum(AUDIT_ACTIONS),
    outcome: z.enum(['success', 'failure']),
    actor: z.object({ userId: z.string().nullable(), email: z.string().nullable() }).describe('Who did it (null for a failed sign-in or the command line).'),
    target: z.string().nullable().describe('What it was done to: an e-mail, a postmortem id.'),
    ip: z.string().nullable(),
    via: z.enum(['api', 'cli']),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEvent' });

/** GET /audit. */
export const auditRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get(
    '/audit',
    {
      config: { allow: canManageUsers },
      schema: {
        tags: ['audit'],
        summary: 'Security events, newest first (admins)',
        querystring: z.strictObject({
          action: z.enum(AUDIT_ACTIONS).optional(),
          email: emailSchema.optional().describe('Events done by or to this account.'),
          limit: z.coerce.number().int().min(1).max(500).default(100),
          cursor: z.string().max(500).optional(),
        }),
        response: { 200: z.object({ items: z.array(auditEventSchema), nextCursor: z.string().nullable() }), ...errorResponses },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return store.listAudit(filter, cursor === undefined ? { limit } : { limit, cursor });
    },
  );
};
