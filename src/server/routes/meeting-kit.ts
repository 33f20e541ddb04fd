/** The review meeting kit of a postmortem, and its invitation as an .ics file. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { utcInstant } from '../../core/postmortem.schema.js';
import type { Store } from '../../store/store.types.js';
import { actor } from '../auth.js';
import { meetingInvitation, meetingKitOf } from '../practice/meeting.js';
import { errorResponses } from '../views/error.js';
import { idParamsSchema } from './postmortems.schemas.js';

const kitSchema = z
  .object({
    size: z.enum(['minor', 'standard', 'major']),
    durationMinutes: z.number().int().describe('About 30 minutes for SEV3/SEV4, 60 for SEV2, 90 for SEV1.'),
    agenda: z.array(z.object({ title: z.string(), minutes: z.number().int(), points: z.array(z.string()) })),
    invitees: z.array(z.object({ who: z.string(), reasons: z.array(z.string()), team: z.boolean() })).describe('Commander, author, who made the triggering change, responders, action-item owners, affected teams — each with why.'),
    proposedStart: z.string().describe('The first working slot (10:00–17:00, Monday to Friday, in the policy\u2019s digest time zone) two hours out or more.'),
    meetingBy: z.string().nullable().describe('The meeting deadline (48 hours after resolution by default).'),
    late: z.boolean().describe('No working slot before the deadline was left.'),
  })
  .meta({ id: 'MeetingKit' });

/** GET /postmortems/{id}/meeting-kit and GET /postmortems/{id}/meeting.ics. */
export const meetingKitRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get(
    '/postmortems/:id/meeting-kit',
    { schema: { tags: ['workflow'], summary: 'The review meeting kit: an agenda sized by severity, who to invite and why, a time that keeps the deadline', params: idParamsSchema, response: { 200: kitSchema, ...errorResponses } } },
    async (request) => (await meetingKitOf(store, actor(request), request.params.id)).kit,
  );

  app.get(
    '/postmortems/:id/meeting.ics',
    {
      schema: {
        tags: ['workflow'],
        summary: 'The review meeting\u2019s invitation as an iCalendar file (at the proposed time, or at `start`)',
        params: idParamsSchema,
        querystring: z.strictObject({ start: utcInstant.optional().describe('Another start, e.g. 2026-03-04T14:00:00Z.') }),
        response: { 200: z.string().describe('text/calendar'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { postmortem, kit } = await meetingKitOf(store, actor(request), request.params.id);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="review-${postmortem.id.replace(/[^\w.-]/g, '_')}.ics"`)
        .send(meetingInvitation(postmortem, kit, request.query.start));
    },
  );
};
