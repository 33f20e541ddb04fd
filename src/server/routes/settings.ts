/** The instance's settings that the web app needs to know: where ticket keys link to, how many approvals final needs. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ReviewPolicy } from '../../core/approvals.js';
import { errorResponses } from '../views/error.js';

/** What an admin set for the whole instance (from the environment). */
export interface InstanceSettings {
  /** A URL with `{key}` that a ticket key such as OPS-123 links to (DEBRIEF_TICKET_URL), or null. */
  ticketUrl: string | null;
  /** DEBRIEF_INTERNAL_DOMAINS: domains whose hosts and links the public version redacts, beyond the usual internal suffixes. */
  internalDomains?: readonly string[];
  /** DEBRIEF_PUBLIC_URL: the address the public postmortems' feed links to (else the request's own). */
  publicUrl?: string | null;
}

/** GET /settings (any signed-in user). */
export const settingsRoutes: FastifyPluginAsyncZod<{ settings: InstanceSettings; review: ReviewPolicy }> = async (app, { settings, review }) => {
  app.get(
    '/settings',
    {
      schema: {
        tags: ['settings'],
        summary: 'The instance\u2019s settings the app shows: where ticket keys link to, how many approvals final needs',
        response: {
          200: z.object({
            ticketUrl: z.string().nullable().describe('DEBRIEF_TICKET_URL: a URL with {key}, e.g. https://acme.atlassian.net/browse/{key}; null when not set.'),
            requiredApprovals: z.number().int(),
          }),
          ...errorResponses,
        },
      },
    },
    async () => ({ ticketUrl: settings.ticketUrl, requiredApprovals: review.requiredApprovals }),
  );
};
