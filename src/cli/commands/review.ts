/**
 * `debrief review status|approve|withdraw|move|comments|comment|resolve|reopen <id> --as EMAIL`: the review of a
 * stored postmortem from the command line, on the same store as `debrief serve` and under the same rules as the API:
 * approvals by an editor or admin who did not write it, final only with no lint errors and the approvals
 * DEBRIEF_REQUIRED_APPROVALS asks for, reopening with a reason, comment threads. `--as` names the account acting;
 * its role and access apply.
 */
import type { Approvals } from '../../core/approvals.js';
import { InputError } from '../../core/errors.js';
import { statusSchema, type Status } from '../../core/postmortem.schema.js';
import { FinalBlockedByLintError } from '../../core/status-flow.js';
import type { MeetingKit } from '../../core/meeting-kit.js';
import { approvalsOf, approve } from '../../server/approvals.js';
import { meetingInvitation, meetingKitOf } from '../../server/practice/meeting.js';
import { postmortemLinter } from '../../server/postmortem-linter.js';
import { transitionPostmortem } from '../../server/workflow.js';
import { resolveStoreOptions, withStore, type StoreOptions } from '../../store/open-store.js';
import type { Comment, Store, StoredPostmortem } from '../../store/store.types.js';
import { writeErr, writeOut } from '../output.js';
import { actorFor } from './acting-as.js';
import { EXIT } from '../report-error.js';
import { reviewPolicyFrom } from './serve-settings.js';

/** What `debrief review` can do. */
export type ReviewAction = 'status' | 'approve' | 'withdraw' | 'move' | 'comments' | 'comment' | 'resolve' | 'reopen' | 'kit';

/** The options `debrief review` accepts. */
export interface ReviewOptions extends StoreOptions {
  as?: string;
  to?: string;
  reason?: string;
  body?: string;
  about?: string;
  replyTo?: string;
  thread?: string;
  format?: 'text' | 'json' | 'ics';
}

const COMMENT_ACTIONS: ReadonlySet<ReviewAction> = new Set(['comments', 'comment', 'resolve', 'reopen']);

/** `--to` as a status. */
function statusTo(text: string | undefined): Status {
  const parsed = statusSchema.safeParse(text);
  if (!parsed.success) throw new InputError(`review move: --to must be one of ${statusSchema.options.join(', ')}${text === undefined ? '' : ` (not "${text}")`}`);
  return parsed.data;
}

/** The text report: the postmortem, its status and version, then each approval and whether it counts. */
function report(stored: StoredPostmortem, approvals: Approvals): string {
  const lines = [`${stored.id}\t${stored.postmortem.title}\t${stored.postmortem.status}\tversion ${stored.version}`];
  lines.push(`approvals: ${approvals.current} current of ${approvals.required} needed to become final`);
  for (const a of approvals.items) {
    lines.push(`  ${a.by.email}\tversion ${a.version}\t${a.at}${a.stale === null ? '' : `\tstale: ${a.stale === 'edited' ? 'edited since' : 'reopened since'}`}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The comment threads as text: each first comment with what it is about and whether it is resolved, its replies indented. */
function threads(comments: readonly Comment[]): string {
  if (comments.length === 0) return 'no comments\n';
  const line = (c: Comment, indent: string) => `${indent}${c.id}\t${c.by.email}\t${c.at}\n${c.body.replace(/^/gm, `${indent}  `)}\n`;
  return comments
    .filter((c) => c.parentId === null)
    .map((thread) => {
      const state = thread.resolved === null ? 'open' : `resolved by ${thread.resolved.by} ${thread.resolved.at}`;
      const replies = comments.filter((c) => c.parentId === thread.id).map((r) => line(r, '    '));
      return `[${state}] on ${thread.anchor ?? 'the whole postmortem'}\n${line(thread, '  ')}${replies.join('')}`;
    })
    .join('');
}

/** The comment actions: list, add (a thread or a reply), resolve or reopen a thread; answers every comment afterwards. */
async function commenting(store: Store, action: ReviewAction, id: string, options: ReviewOptions): Promise<Comment[]> {
  const actor = await actorFor(store, options.as, 'review');
  if (action === 'comment') {
    if (options.body === undefined) throw new InputError('review comment: --body is required: the text of the comment');
    await store.addComment(actor, id, { body: options.body, anchor: options.about ?? null, parentId: options.replyTo ?? null });
  }
  if (action === 'resolve' || action === 'reopen') {
    if (options.thread === undefined) throw new InputError(`review ${action}: --thread is required: the id of the thread's first comment (see review comments)`);
    await store.setCommentResolved(actor, id, options.thread, action === 'resolve');
  }
  return store.listComments(actor, id);
}

/** Does the action; answers the postmortem and its approvals afterwards. */
async function perform(store: Store, action: ReviewAction, id: string, options: ReviewOptions): Promise<{ stored: StoredPostmortem; approvals: Approvals }> {
  const actor = await actorFor(store, options.as, 'review');
  const policy = reviewPolicyFrom(process.env);
  if (action === 'approve') await approve(store, actor, id, policy);
  if (action === 'withdraw') await store.withdrawApproval(actor, id);
  if (action === 'move') {
    const linter = postmortemLinter();
    try {
      await transitionPostmortem(store, linter, policy, actor, id, statusTo(options.to), undefined, options.reason);
    } finally {
      await linter.close();
    }
  }
  const stored = await store.getPostmortem(actor, id);
  return { stored, approvals: await approvalsOf(store, actor, stored, policy) };
}

/** The meeting kit as text: size and length, the proposed time, the agenda, who to invite and why. */
function kitText(kit: MeetingKit): string {
  const lines = [
    `${kit.size} review, ${kit.durationMinutes} min; proposed ${kit.proposedStart}${kit.meetingBy === null ? '' : ` (meeting due by ${kit.meetingBy}${kit.late ? ', no working slot left before it' : ''})`}`,
    'Agenda:',
    ...kit.agenda.flatMap((item) => [`  ${item.minutes} min\t${item.title}`, ...item.points.map((p) => `    - ${p}`)]),
    'Invite:',
    ...kit.invitees.map((i) => `  ${i.who}${i.team ? ' (team)' : ''}\t${i.reasons.join('; ')}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** Runs `debrief review <action> <id>`; a refused move to final lists the lint errors that stop it. */
export async function reviewCommand(action: ReviewAction, id: string, options: ReviewOptions): Promise<number> {
  if (action === 'kit') {
    const { postmortem, kit } = await withStore(resolveStoreOptions(options), async (store) => meetingKitOf(store, await actorFor(store, options.as, 'review kit'), id));
    writeOut(options.format === 'ics' ? meetingInvitation(postmortem, kit) : options.format === 'json' ? `${JSON.stringify(kit, null, 2)}\n` : kitText(kit));
    return EXIT.ok;
  }
  if (COMMENT_ACTIONS.has(action)) {
    const comments = await withStore(resolveStoreOptions(options), (store) => commenting(store, action, id, options));
    writeOut(options.format === 'json' ? `${JSON.stringify(comments, null, 2)}\n` : threads(comments));
    return EXIT.ok;
  }
  try {
    const { stored, approvals } = await withStore(resolveStoreOptions(options), (store) => perform(store, action, id, options));
    writeOut(options.format === 'json' ? `${JSON.stringify({ id: stored.id, status: stored.postmortem.status, version: stored.version, approvals }, null, 2)}\n` : report(stored, approvals));
    return EXIT.ok;
  } catch (caught) {
    if (!(caught instanceof FinalBlockedByLintError) || !Array.isArray(caught.details)) throw caught;
    writeErr(`debrief: ${caught.message}\n`);
    for (const f of caught.details as { line: number; column: number; ruleId: string; message: string }[]) writeErr(`  ${f.line}:${f.column}\t${f.ruleId}\t${f.message}\n`);
    return EXIT.findings;
  }
}
