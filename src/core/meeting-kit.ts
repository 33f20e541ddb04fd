/**
 * The review meeting kit of a postmortem: an agenda sized by severity (about 30 minutes for a minor incident, 60 for
 * a standard one, 90 for a major one), the people to invite and why, and a meeting time that keeps the meeting
 * deadline (working hours in the team's time zone). Pure: the postmortem, the deadline and the time are inputs.
 */
import { DateTime } from 'luxon';
import type { Postmortem, Severity } from './postmortem.schema.js';

/** One part of the agenda: what is discussed, for how long, and what to bring up. */
export interface AgendaItem {
  title: string;
  minutes: number;
  points: string[];
}

/** Someone to invite, and why. */
export interface Invitee {
  /** As the postmortem names them (an e-mail, a name, a handle, a team). */
  who: string;
  reasons: string[];
  /** A team rather than a person. */
  team: boolean;
}

/** The kit of one postmortem. */
export interface MeetingKit {
  /** `minor`, `standard` or `major`. */
  size: 'minor' | 'standard' | 'major';
  durationMinutes: number;
  agenda: AgendaItem[];
  invitees: Invitee[];
  /** The start proposed (UTC), and until when the meeting should be held (null when no deadline is known). */
  proposedStart: string;
  meetingBy: string | null;
  /** True when no working slot before the deadline is left: the proposal is the first one after it. */
  late: boolean;
}

/** What the kit needs besides the postmortem. */
export interface KitSettings {
  now: number;
  /** The meeting deadline (48 hours after resolution by default), or null when it is not known. */
  meetingBy: string | null;
  /** The IANA time zone of the working day. */
  timeZone: string;
}

const SIZES = { major: 90, standard: 60, minor: 30 } as const;
/** Working hours: a meeting starts from 10:00 and ends by 17:00 local time, Monday to Friday. */
const FIRST_START_HOUR = 10;
const DAY_ENDS_HOUR = 17;
/** Invitations need some notice: the first slot proposed is at least this far from now. */
const NOTICE_MS = 2 * 3_600_000;

/** The size of the review a severity calls for (no severity: standard). */
function sizeOf(severity: Severity | null): MeetingKit['size'] {
  if (severity === 'SEV1') return 'major';
  return severity === 'SEV3' || severity === 'SEV4' ? 'minor' : 'standard';
}

/** The agenda's parts with their share of the meeting (they add up to 1), and what each brings up. */
function agendaFor(pm: Postmortem, total: number): AgendaItem[] {
  const changes = pm.timeline.filter((e) => e.kind === 'change').length;
  const openItems = pm.actionItems.filter((a) => a.status === 'open' || a.status === 'in_progress');
  const parts: [string, number, string[]][] = [
    ['Ground rules and the impact', 0.1, ['We look at how the system and the process let this happen, not at who slipped.', pm.impact.text.trim() || 'State the impact in numbers.']],
    ['Timeline walk-through', 0.3, [`${pm.timeline.length} events${changes > 0 ? `, ${changes} of them changes` : ''}: what was known at each step, and what made the next step possible or hard.`]],
    ['Causes and contributing factors', 0.25, [pm.rootCause.trim() || 'The root cause is not written yet.', ...pm.contributingFactors.map((f) => f.text)]],
    ['What went well and what went poorly', 0.15, [...pm.wentWell.map((t) => `Well: ${t}`), ...pm.wentPoorly.map((t) => `Poorly: ${t}`)]],
    ['Action items and owners', 0.15, openItems.map((a) => `${a.id ?? a.title}: ${a.title} — ${a.owner ?? 'no owner yet'}, due ${a.due ?? 'not set'}`)],
    ['Wrap-up: follow-up date and approvals', 0.05, ['Agree when the action items are checked again, and who approves the postmortem.']],
  ];
  const minutes = parts.map(([, share]) => Math.max(5, Math.round((total * share) / 5) * 5));
  // Rounding to 5 minutes may leave the sum off: the walk-through takes up the difference.
  minutes[1] = (minutes[1] ?? 0) + total - minutes.reduce((a, b) => a + b, 0);
  return parts.map(([title, , points], i) => ({ title, minutes: minutes[i] ?? 0, points: points.filter((p) => p.trim() !== '') }));
}

/** Adds a reason to someone to invite (people and teams are matched case-insensitively, a leading @ aside). */
function invite(list: Invitee[], who: string | null, reason: string, team = false): void {
  const name = who?.trim() ?? '';
  if (name === '') return;
  const key = name.replace(/^@/, '').toLowerCase();
  const found = list.find((i) => i.who.replace(/^@/, '').toLowerCase() === key);
  if (found === undefined) list.push({ who: name, reasons: [reason], team });
  else if (!found.reasons.includes(reason)) found.reasons.push(reason);
}

/** Who to invite: the commander, the author, whoever changed what triggered it, responders, action-item owners, affected teams. */
function inviteesOf(pm: Postmortem): Invitee[] {
  const list: Invitee[] = [];
  invite(list, pm.commander, 'incident commander');
  invite(list, pm.author, 'author of the postmortem');
  const trigger = pm.timeline.find((e) => e.kind === 'change' && e.actor !== null);
  invite(list, trigger?.actor ?? null, 'made the change that triggered it: their view of what the system allowed matters most');
  for (const e of pm.timeline) if (e.actor !== null && e.kind !== 'change') invite(list, e.actor, 'responded (in the timeline)');
  for (const a of pm.actionItems) invite(list, a.owner, `owns action item ${a.id ?? a.title}`);
  for (const team of pm.teams) invite(list, team, 'affected team', true);
  return list;
}

/** The first working slot of `minutes` that starts at or after `from`, in `zone`. */
function nextSlot(from: number, minutes: number, zone: string): DateTime {
  let at = DateTime.fromMillis(from, { zone }).startOf('hour').plus({ hours: 1 });
  for (let guard = 0; guard < 24 * 14; guard++, at = at.plus({ hours: 1 })) {
    const weekday = at.weekday <= 5;
    const ends = at.plus({ minutes });
    if (weekday && at.hour >= FIRST_START_HOUR && (ends.hour < DAY_ENDS_HOUR || (ends.hour === DAY_ENDS_HOUR && ends.minute === 0)) && ends.day === at.day) return at;
  }
  return at;
}

/** The meeting kit of a postmortem under `settings`. */
export function meetingKit(pm: Postmortem, settings: KitSettings): MeetingKit {
  const size = sizeOf(pm.severity);
  const durationMinutes = SIZES[size];
  const slot = nextSlot(settings.now + NOTICE_MS, durationMinutes, settings.timeZone);
  const deadline = settings.meetingBy === null ? null : Date.parse(settings.meetingBy);
  return {
    size,
    durationMinutes,
    agenda: agendaFor(pm, durationMinutes),
    invitees: inviteesOf(pm),
    proposedStart: slot.toUTC().toISO({ suppressMilliseconds: true }) ?? new Date(slot.toMillis()).toISOString(),
    meetingBy: settings.meetingBy,
    late: deadline !== null && slot.plus({ minutes: durationMinutes }).toMillis() > deadline,
  };
}
