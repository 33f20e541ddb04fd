/**
 * Mentions in comments, told in person: whoever a comment mentions (`@ana@example.com`, `@ana`) hears of it by e-mail,
 * once, with the comment quoted and a link to the postmortem — if they may read the postmortem (a mention of someone
 * who may not stays in the comment and goes nowhere else).
 */
import { readablePostmortem } from '../server/practice/readable-postmortem.js';
import type { Comment, Store, User } from '../store/store.types.js';
import { link, type Planned } from './notice.js';

/** How far back a pass looks for mentions: a scheduler stopped for longer does not mail older ones. */
const LOOK_BACK_MS = 24 * 3_600_000;
/** How much of a comment a notification quotes. */
const QUOTED_CHARS = 1_000;

/** The notice of one mention. */
function mentionNotice(comment: Comment, to: User, title: string, publicUrl: string | undefined): Planned {
  const quoted = comment.body.length <= QUOTED_CHARS ? comment.body : `${comment.body.slice(0, QUOTED_CHARS - 1)}…`;
  return {
    key: `mention:${comment.id}`,
    channels: [],
    people: [to.email],
    message: {
      type: 'mention',
      subject: `${comment.by.email} mentioned you on ${title}`,
      text: `${comment.by.email} mentioned you in a comment on the postmortem ${title} (${comment.postmortemId}):\n\n${quoted}`,
      ...link(publicUrl, `/postmortems/${comment.postmortemId}`),
      data: { postmortemId: comment.postmortemId, commentId: comment.id, by: comment.by.email, anchor: comment.anchor },
    },
  };
}

/** The mentions of the last day that someone who may read the postmortem should hear of (the outbox drops those already told). */
export async function mentionNotices(store: Store, users: readonly User[], publicUrl: string | undefined): Promise<Planned[]> {
  const comments = await store.listMentioningComments(new Date(store.now() - LOOK_BACK_MS).toISOString());
  if (comments.length === 0) return [];
  const accounts = new Map(users.filter((u) => u.disabledAt === null).map((u) => [u.email.toLowerCase(), u]));
  const titles = new Map<string, string | null>();
  const planned: Planned[] = [];
  for (const comment of comments) {
    for (const email of comment.mentions) {
      const user = accounts.get(email.toLowerCase());
      if (user === undefined || user.email.toLowerCase() === comment.by.email.toLowerCase()) continue;
      const seen = `${user.id}|${comment.postmortemId}`;
      if (!titles.has(seen)) titles.set(seen, (await readablePostmortem(store, { userId: user.id, email: user.email, role: user.role }, comment.postmortemId))?.title ?? null);
      const title = titles.get(seen);
      if (typeof title === 'string') planned.push(mentionNotice(comment, user, title, publicUrl));
    }
  }
  return planned;
}
