/**
 * One pass of the practice's checks, at the store's now: reminders before each deadline of an owed postmortem and
 * escalation to the team's lead after it; reminders of action items due within a day and escalation of those overdue
 * by the policy's `escalateOverdue`; the weekly digest at its hour; the completion alarm; mentions in comments; then
 * the outbox is delivered. A notice goes to the channels of the teams it concerns (else the instance's) and, where
 * the instance sends e-mail, to the people it concerns who have accounts (author, commander, owner, lead, whoever is
 * mentioned) at their own address. Every notification carries a dedupe key per channel and person, so a pass may run
 * any number of times (after a restart, on several instances) and nobody hears the same thing twice.
 */
import { MESSAGE_SUBJECT_MAX, MESSAGE_TEXT_MAX, type NotificationMessage, type PublicChannel } from '../core/channels.js';
import type { Deadlines } from '../core/incident.js';
import { parseDuration } from '../core/policy/durations.js';
import { DEFAULT_BATCH, deliverDue, type DeliveryCounts, type DeliverySettings } from '../integrations/channels/deliver.js';
import { owedPostmortems, type OwedPostmortem, type PracticeOverview } from '../server/practice/overview.js';
import { DIGEST_READER, digestMarkdown, digestOverview } from '../server/practice/digest.js';
import { policyInForce } from '../server/practice/policy-in-force.js';
import { readablePostmortem } from '../server/practice/readable-postmortem.js';
import type { Actor, ActionItemRow, Store, Team } from '../store/store.types.js';
import { digestDue } from './digest-time.js';
import { mentionNotices } from './mention-notices.js';
import { link, type Planned } from './notice.js';
import { personalRecipients } from './personal-recipients.js';

/** What a pass did. */
export interface PassReport {
  /** Notifications put in the outbox (new ones; those already there are not counted). */
  enqueued: number;
  /** Notices the outbox refused, and why (a bug of ours to report: the rest went out). */
  refused: string[];
  delivered: DeliveryCounts;
}

/** Where a pass sends and how. */
export interface PassSettings {
  delivery: DeliverySettings;
  /** The web app's address, for links in notifications (none when not known). */
  publicUrl?: string;
}

const DAY_MS = 86_400_000;
/** How long after crossing the escalation threshold an overdue item is still escalated (if a pass missed it). */
const ESCALATION_WINDOW_MS = 7 * DAY_MS;
const DEADLINE_WORDS = { draftBy: 'draft', meetingBy: 'review meeting', publishBy: 'final version' } as const;

/** The channels that hear about something of these teams: the teams' own, else the instance's. */
function channelsFor(channels: readonly PublicChannel[], teams: readonly string[]): PublicChannel[] {
  const scopes = new Set(teams.map((t) => `team:${t.trim().toLowerCase()}`));
  const own = channels.filter((c) => scopes.has(c.scope));
  return own.length > 0 ? own : channels.filter((c) => c.scope === 'instance');
}

/** The leads of some teams (by name, any case), those that have one. */
function leadsOf(leads: ReadonlyMap<string, string>, teams: readonly string[]): string[] {
  return teams.map((t) => leads.get(t.trim().toLowerCase())).filter((l): l is string => l !== undefined);
}

/** Reminders and escalations of the deadlines of owed postmortems. */
function deadlineNotices(owed: readonly OwedPostmortem[], writers: ReadonlyMap<string, (string | null)[]>, channels: readonly PublicChannel[], leads: ReadonlyMap<string, string>, settings: PassSettings): Planned[] {
  const planned: Planned[] = [];
  for (const { incident, late, dueSoon } of owed) {
    const deadlines = incident.deadlines as Deadlines;
    const title = incident.facts.securityExposure ? `${incident.id} (a security incident)` : `${incident.id} ${incident.facts.title}`;
    const to = channelsFor(channels, incident.facts.teams);
    const where = incident.postmortemId === null ? {} : link(settings.publicUrl, `/postmortems/${incident.postmortemId}`);
    const authorAndCommander = incident.postmortemId === null ? [] : (writers.get(incident.postmortemId) ?? []);
    for (const name of dueSoon) {
      const at = deadlines[name].at ?? '';
      planned.push({
        key: `incident:${incident.id}:${name}:${at}:reminder`,
        channels: to,
        people: authorAndCommander,
        message: { type: 'postmortem.due_soon', subject: `Postmortem of ${title}: ${DEADLINE_WORDS[name]} due ${at.slice(0, 16).replace('T', ' ')} UTC`, text: `The ${DEADLINE_WORDS[name]} of the postmortem of ${title} is due at ${at} (for its author and commander).`, ...where, data: { incidentId: incident.id, postmortemId: incident.postmortemId, deadline: name, at } },
      });
    }
    for (const name of late) {
      const at = deadlines[name].at ?? '';
      const teamLeads = leadsOf(leads, incident.facts.teams);
      planned.push({
        key: `incident:${incident.id}:${name}:${at}:escalation`,
        channels: to,
        people: teamLeads,
        message: { type: 'postmortem.late', subject: `Postmortem of ${title}: ${DEADLINE_WORDS[name]} is late`, text: `The ${DEADLINE_WORDS[name]} of the postmortem of ${title} was due at ${at}. Escalated to ${teamLeads.length > 0 ? `the team lead (${teamLeads.join(', ')})` : 'the team'}.`, ...where, data: { incidentId: incident.id, postmortemId: incident.postmortemId, deadline: name, at, leads: teamLeads } },
      });
    }
  }
  return planned;
}

/** Reminders of action items due by tomorrow, and escalations of those overdue by `escalateMs` or more. */
function itemNotices(items: readonly ActionItemRow[], teamsOf: ReadonlyMap<string, string[]>, channels: readonly PublicChannel[], leads: ReadonlyMap<string, string>, now: number, escalateMs: number, settings: PassSettings): Planned[] {
  const today = new Date(now).toISOString().slice(0, 10);
  const tomorrow = new Date(now + DAY_MS).toISOString().slice(0, 10);
  const escalateBefore = new Date(now - escalateMs).toISOString().slice(0, 10);
  const planned: Planned[] = [];
  for (const row of items) {
    const { item } = row;
    const due = item.due ?? '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(due) || (item.status !== 'open' && item.status !== 'in_progress')) continue;
    const key = `item:${row.postmortemId}:${item.id ?? row.index}:${due}`;
    const teams = teamsOf.get(row.postmortemId) ?? [];
    const to = channelsFor(channels, teams);
    const data = { postmortemId: row.postmortemId, item: item.id ?? String(row.index), owner: item.owner, due };
    const where = link(settings.publicUrl, `/postmortems/${row.postmortemId}`);
    if (due >= today && due <= tomorrow) {
      planned.push({ key: `${key}:reminder`, channels: to, people: [item.owner], message: { type: 'action_item.due_soon', subject: `Action item due ${due}: ${item.title}`, text: `${item.title} (${row.postmortemTitle}) is due ${due}; owner ${item.owner ?? 'not named'}.`, ...where, data } });
    }
    if (due < escalateBefore) {
      planned.push({ key: `${key}:escalation`, channels: to, people: [item.owner, ...leadsOf(leads, teams)], message: { type: 'action_item.overdue', subject: `Action item overdue since ${due}: ${item.title}`, text: `${item.title} (${row.postmortemTitle}) was due ${due} and is still ${item.status.replace('_', ' ')}; owner ${item.owner ?? 'not named'}. Escalated to the team's lead.`, ...where, data } });
    }
  }
  return planned;
}

/** A text cut to what a notification carries, saying where the rest is. */
function fitted(text: string, rest: string): string {
  if (text.length <= MESSAGE_TEXT_MAX) return text;
  const note = `\n\n… cut here: ${rest}`;
  return `${text.slice(0, text.lastIndexOf('\n', MESSAGE_TEXT_MAX - note.length))}${note}`;
}

/** A message whose subject fits (long incident titles are cut with "…"). */
function withShortSubject(message: NotificationMessage): NotificationMessage {
  const { subject } = message;
  return subject.length <= MESSAGE_SUBJECT_MAX ? message : { ...message, subject: `${subject.slice(0, MESSAGE_SUBJECT_MAX - 1)}…` };
}

/** The digest of `week` (its hour has come), and the week's completion alarm when the rate is under the line. */
function weeklyNotices(overview: PracticeOverview, week: string, channels: readonly PublicChannel[], leads: ReadonlyMap<string, string>, settings: PassSettings): Planned[] {
  const instance = channels.filter((c) => c.scope === 'instance');
  const planned: Planned[] = [{ key: `digest:${week}`, channels: instance, people: [], message: { type: 'digest.weekly', subject: `Postmortem digest, week of ${week}`, text: fitted(digestMarkdown(overview), settings.publicUrl === undefined ? 'the whole digest is at GET /api/v1/digest?format=md and `debrief digest`' : `the whole digest is on the dashboard, ${settings.publicUrl}`), ...link(settings.publicUrl, '/'), data: { week } } }];
  const { completion } = overview;
  if (completion.overall.alarm) {
    const teams = completion.byTeam.filter((t) => t.alarm).map((t) => t.team);
    planned.push({
      key: `completion-alarm:${week}`,
      channels: [...instance, ...channels.filter((c) => teams.some((t) => c.scope === `team:${t}`))],
      // The leads of the teams under the line; every lead when only the whole is.
      people: teams.length > 0 ? leadsOf(leads, teams) : [...leads.values()],
      message: { type: 'completion.alarm', subject: `Action items: ${Math.round((completion.overall.rate ?? 0) * 100)}% closed on time, under ${Math.round(completion.alarmBelow * 100)}%`, text: `Of the action items due in the window, ${completion.overall.closedOnTime} of ${completion.overall.due} were closed by their due date. For the leads of: ${teams.join(', ') || 'every team'}.`, ...link(settings.publicUrl, '/'), data: { week, rate: completion.overall.rate, teams } },
    });
  }
  return planned;
}

/**
 * The open items a pass may have to tell about, as the digest's reader sees them: due by tomorrow, and overdue for
 * less than a week past the escalation threshold (an item escalated then is not escalated again; one overdue for
 * longer is in every digest). The pass's work stays bounded however many items are long overdue.
 */
async function itemsToTellAbout(store: Store, now: number, escalateMs: number): Promise<ActionItemRow[]> {
  const rows: ActionItemRow[] = [];
  const dayAfter = new Date(now + 2 * DAY_MS).toISOString().slice(0, 10);
  const dueFrom = new Date(now - escalateMs - ESCALATION_WINDOW_MS).toISOString().slice(0, 10);
  let cursor: string | undefined;
  do {
    const page = await store.listActionItems(DIGEST_READER, { overdue: true, today: dayAfter, dueFrom }, { limit: 1000, ...(cursor === undefined ? {} : { cursor }) });
    rows.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return rows;
}

/** Who reads every postmortem to find whom a reminder concerns (restricted ones too: their writers are told in person). */
const REMINDER_READER: Actor = { userId: 'debrief:reminders', email: 'reminders@debrief.invalid', role: 'admin' };

/** The author and commander of the postmortems of the owed incidents that have something to remind of. */
async function writersOf(store: Store, owed: readonly OwedPostmortem[]): Promise<Map<string, (string | null)[]>> {
  const writers = new Map<string, (string | null)[]>();
  for (const { incident, late, dueSoon } of owed) {
    const id = incident.postmortemId;
    if (id === null || writers.has(id) || late.length + dueSoon.length === 0) continue;
    const pm = await readablePostmortem(store, REMINDER_READER, id);
    // Deleted since the incident was read: nobody to remind in person.
    if (pm !== null) writers.set(id, [pm.author, pm.commander]);
  }
  return writers;
}

/**
 * The weeks whose digest this process has put out, per store: the overview behind a digest reads every action item,
 * so a pass computes it once a week (and once after a restart, when the outbox then finds it already there).
 */
const digestedWeeks = new WeakMap<Store, Set<string>>();

/** Runs one pass at the store's now. */
export async function practicePass(store: Store, settings: PassSettings): Promise<PassReport> {
  const now = store.now();
  const [{ policy }, owed, channels, teams] = await Promise.all([policyInForce(store), owedPostmortems(store), store.listChannels(), store.listTeams()]);
  const week = digestDue(now, policy.digest);
  const digested = digestedWeeks.get(store) ?? new Set<string>();
  digestedWeeks.set(store, digested);
  const overview = week === null || digested.has(week) ? null : await digestOverview(store);
  const leads = new Map(teams.filter((t: Team) => t.lead !== null).map((t) => [t.name.toLowerCase(), t.lead as string]));
  const escalateMs = parseDuration(policy.actionItems.escalateOverdue);
  const openItems = await itemsToTellAbout(store, now, escalateMs);
  // People hear in person only where the instance sends e-mail (DEBRIEF_SMTP_URL): there is nothing else to reach them by.
  const users = settings.delivery.smtp === undefined ? null : await store.listUsers();
  const recipients = users === null ? () => [] : personalRecipients(users);
  const planned = [
    ...deadlineNotices(owed, await writersOf(store, owed), channels, leads, settings),
    ...itemNotices(openItems, await store.postmortemTeams(DIGEST_READER, openItems.map((r) => r.postmortemId)), channels, leads, now, escalateMs, settings),
    ...(overview === null || week === null ? [] : weeklyNotices(overview, week, channels, leads, settings)),
    ...(users === null ? [] : await mentionNotices(store, users, settings.publicUrl)),
  ];
  const entries = planned.flatMap((notice) =>
    [...notice.channels.map((channel) => channel.id), ...recipients(notice.people)].map((channelId) => ({ channelId, dedupeKey: `${notice.key}:${channelId}`, message: withShortSubject(notice.message) })),
  );
  // One notice the outbox refuses (a message it finds wrong) does not keep the others from going out.
  const { created, refused } = await store.enqueueNotifications(entries);
  if (overview !== null && week !== null) digested.add(week);
  return { enqueued: created.length, refused: refused.map((r) => `${r.dedupeKey}: ${r.error.message}`), delivered: await deliverAll(store, settings.delivery) };
}

/** At most this many delivery rounds in one pass (the rest waits for the next pass). */
const MAX_ROUNDS = 50;

/** Delivers what is due, round after round, until a round finds less than a full batch. */
async function deliverAll(store: Store, settings: DeliverySettings): Promise<DeliveryCounts> {
  const total: DeliveryCounts = { claimed: 0, sent: 0, retrying: 0, failed: 0 };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const counts = await deliverDue(store, () => store.now(), settings);
    for (const key of Object.keys(total) as (keyof DeliveryCounts)[]) total[key] += counts[key];
    if (counts.claimed < (settings.batchSize ?? DEFAULT_BATCH)) break;
  }
  return total;
}
