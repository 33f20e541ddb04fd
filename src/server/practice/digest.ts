/**
 * The weekly digest for the postmortem sheriff: postmortems owed and late, action items overdue by owner, open P1s,
 * items waiting for verification, the completion rate. It goes to channels, so it is made as a reader who sees no
 * restricted postmortem, and the titles of security incidents are withheld.
 */
import { rateInWords } from '../../core/completion-rate.js';
import type { Actor, ActionItemRow, Store } from '../../store/store.types.js';
import { practiceOverview, type OwedPostmortem, type PracticeOverview } from './overview.js';

/** Who the digest is read as: a viewer who is a member of nothing, so restricted postmortems stay out. */
export const DIGEST_READER: Actor = { userId: 'debrief:digest', email: 'digest@debrief.invalid', role: 'viewer' };

/** The overview the digest shows. */
export function digestOverview(store: Store): Promise<PracticeOverview> {
  return practiceOverview(store, DIGEST_READER);
}

/** An instant as the digest writes it: `2026-03-03 10:00 UTC`. */
function when(iso: string | null): string {
  return iso === null ? 'when resolved' : `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

const DEADLINE_NAMES = { draftBy: 'draft', meetingBy: 'review meeting', publishBy: 'final' } as const;

/** One owed postmortem as a line: its incident, what is late or due soon, its postmortem. */
function owedLine({ incident, late, dueSoon }: OwedPostmortem): string {
  const title = incident.facts.securityExposure ? 'security incident (title withheld)' : incident.facts.title;
  const state = [
    ...late.map((d) => `${DEADLINE_NAMES[d]} late (was due ${when(incident.deadlines?.[d].at ?? null)})`),
    ...dueSoon.map((d) => `${DEADLINE_NAMES[d]} due ${when(incident.deadlines?.[d].at ?? null)}`),
  ];
  return `- ${incident.id} ${title} (${incident.facts.severity ?? 'no severity'}, ${incident.owed})${state.length > 0 ? `: ${state.join('; ')}` : ''}${incident.postmortemId === null ? '' : ` — postmortem ${incident.postmortemId}`}`;
}

/** One action item as a line. */
function itemLine(row: ActionItemRow): string {
  const { item } = row;
  return `- ${item.id ?? `#${row.index}`} ${item.title} (${[item.priority, item.due === null ? null : `due ${item.due}`, item.owner].filter((x) => x !== null).join(', ')}) — ${row.postmortemTitle} (${row.postmortemId})`;
}

/** The digest as Markdown. */
export function digestMarkdown(overview: PracticeOverview): string {
  const { owed, overdueByOwner, openP1, awaitingVerification, completion } = overview;
  const { counts } = overview;
  const more = (shown: number, total: number) => (total > shown ? [`- …and ${total - shown} more`] : []);
  const lines = [`# Postmortem digest, ${overview.at.slice(0, 10)}`, ''];
  lines.push(`**Completion rate:** ${rateInWords(completion.overall)} of the action items due in the last ${Math.round((Date.parse(completion.to) - Date.parse(completion.from)) / 86_400_000)} days were closed on time${completion.overall.alarm ? ` — **under ${Math.round(completion.alarmBelow * 100)}%**` : ''}.`, '');
  lines.push(`## Postmortems owed: ${counts.owed}, late: ${counts.late}`, '', ...(owed.length === 0 ? ['None.'] : [...owed.map(owedLine), ...more(owed.length, counts.owed)]), '');
  lines.push(`## Action items overdue: ${counts.overdue}`, '');
  if (overdueByOwner.length === 0) lines.push('None.', '');
  for (const group of overdueByOwner) lines.push(`### ${group.owner} (${group.total})`, '', ...group.items.map(itemLine), ...more(group.items.length, group.total), '');
  lines.push(`## Open P1 action items: ${counts.openP1}`, '', ...(openP1.length === 0 ? ['None.'] : [...openP1.map(itemLine), ...more(openP1.length, counts.openP1)]), '');
  if (completion.requireVerification) {
    lines.push(`## Waiting for verification: ${counts.awaitingVerification}`, '', ...(awaitingVerification.length === 0 ? ['None.'] : [...awaitingVerification.map(itemLine), ...more(awaitingVerification.length, counts.awaitingVerification)]), '');
  }
  if (completion.byTeam.length > 0) lines.push('## Completion rate by team', '', ...completion.byTeam.map((t) => `- ${t.team}: ${rateInWords(t)}${t.alarm ? ' — under the line' : ''}`), '');
  return `${lines.join('\n').trimEnd()}\n`;
}
