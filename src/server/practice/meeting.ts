/**
 * The review meeting kit of a stored postmortem (core/meeting-kit.ts), with the meeting deadline of the incident it
 * answers (or of its own resolution, under the policy in force), and its invitation as an iCalendar file.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import { meetingKit, type MeetingKit } from '../../core/meeting-kit.js';
import { deadlinesFor } from '../../core/policy/deadlines.js';
import type { Postmortem } from '../../core/postmortem.schema.js';
import type { Actor, Store } from '../../store/store.types.js';
import { progressOf } from './incidents.js';
import { policyInForce } from './policy-in-force.js';

/** A name that is an e-mail address (only those can be invited by a calendar). */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The kit of a postmortem the actor may read, at the store's now. */
export async function meetingKitOf(store: Store, actor: Actor, id: string): Promise<{ postmortem: Postmortem & { id: string }; kit: MeetingKit }> {
  const stored = await store.getPostmortem(actor, id);
  const pm = stored.postmortem;
  const [{ policy }, incident] = await Promise.all([policyInForce(store), store.incidentOfPostmortem(id)]);
  const facts = { severity: incident?.facts.severity ?? pm.severity, resolvedAt: incident?.facts.resolvedAt ?? pm.times.resolvedAt };
  const owed = incident === null || incident.owed === 'none' ? (pm.kind === 'lightweight' ? 'lightweight' : 'full') : incident.owed;
  const deadlines = deadlinesFor(facts, owed, progressOf(pm), policy, store.now());
  return { postmortem: pm, kit: meetingKit(pm, { now: store.now(), meetingBy: deadlines?.meetingBy.at ?? null, timeZone: policy.digest.timeZone }) };
}

/** The invitation to the review of `pm` at `start` (the kit's proposal by default), as an iCalendar (.ics) text. */
export function meetingInvitation(pm: Postmortem & { id: string }, kit: MeetingKit, start: string = kit.proposedStart): string {
  const begins = new Date(start);
  const agenda = kit.agenda.map((item) => `${item.title} (${item.minutes} min)${item.points.map((p) => `\n  - ${p}`).join('')}`).join('\n');
  const calendar = ical({ name: 'Debrief postmortem reviews', prodId: { company: 'Debrief', product: 'review meeting', language: 'EN' }, method: ICalCalendarMethod.REQUEST });
  calendar.createEvent({
    id: `review-${pm.id}@debrief`,
    start: begins,
    end: new Date(begins.getTime() + kit.durationMinutes * 60_000),
    summary: `Postmortem review: ${pm.title}`,
    description: `Blameless review of ${pm.id} (${kit.size}, ${kit.durationMinutes} min).\n\nAgenda:\n${agenda}\n\nInvited: ${kit.invitees.map((i) => `${i.who} (${i.reasons.join('; ')})`).join(', ')}`,
    attendees: kit.invitees.filter((i) => EMAIL.test(i.who)).map((i) => ({ email: i.who.toLowerCase(), rsvp: true })),
  });
  return calendar.toString();
}
