/**
 * The review's conversation: threads about the whole postmortem, a section or an action item, with replies,
 * @mentions and resolving. Anyone who may read the postmortem may comment (viewers too).
 */
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { COMMENTABLE_SECTIONS, parseAnchor, type CommentableSection } from '../../../../src/core/comment-anchor.js';
import { splitAtMentions } from '../../../../src/core/mentions.js';
import type { ActionItem } from '../../../../src/core/postmortem.schema.js';
import type { Comment } from '../../../../src/store/store.types.js';
import { addComment, listComments, setResolved } from '../../api/comments.js';
import type { User } from '../../api/types.js';
import { listUsers } from '../../api/users.js';
import { SelectField, TextArea } from '../../components/fields.js';
import { formatLocal } from '../../editing/local-time.js';
import { useAction } from '../../hooks/use-action.js';
import { SECTION_TITLES, type SectionKey } from '../../postmortem/sections.js';
import { useCanWrite, useUser } from '../../session/session.js';
import { jumpTo } from './jump.js';
import { MentionSuggestions } from './mention-suggestions.js';

/** The app's place of a commentable section. */
function sectionKey(section: CommentableSection): SectionKey {
  return section === 'otherSections' ? 'other' : section;
}

/** The key an action item is addressed by: its id, else its position. */
function itemKey(item: ActionItem, index: number): string {
  return item.id ?? String(index);
}

/** The choices of "About": the whole postmortem, each section, each action item. */
function anchorOptions(items: readonly ActionItem[]): Record<string, string> {
  const options: Record<string, string> = {};
  for (const section of COMMENTABLE_SECTIONS) options[`section:${section}`] = SECTION_TITLES[sectionKey(section)];
  items.forEach((item, i) => {
    options[`action-item:${itemKey(item, i)}`] = `Action item ${item.id ?? i + 1}: ${item.title || 'untitled'}`;
  });
  return options;
}

/** What a thread is about, in words, and the place on the page to jump to (null when it is not there). */
function about(anchor: string | null, items: readonly ActionItem[]): { label: string; place: { section: SectionKey; row: number | null } | null } {
  if (anchor === null) return { label: 'The whole postmortem', place: null };
  const parsed = parseAnchor(anchor);
  if (typeof parsed === 'string') return { label: anchor, place: null };
  if (parsed.kind === 'section') return { label: SECTION_TITLES[sectionKey(parsed.section)], place: { section: sectionKey(parsed.section), row: null } };
  const index = items.findIndex((item, i) => itemKey(item, i) === parsed.key);
  const item = items[index];
  return item === undefined ? { label: `Action item ${parsed.key} (removed)`, place: null } : { label: `Action item ${item.id ?? index + 1}: ${item.title}`, place: { section: 'actionItems', row: index } };
}

/** A comment's text with the @mentions it names set apart. */
function Body({ comment }: { comment: Comment }) {
  const parts = splitAtMentions(comment.body);
  return (
    <p className="comment-body">
      {parts.map((part, i) => (i % 2 === 1 ? <strong key={i} className="mention">{part}</strong> : part))}
    </p>
  );
}

function CommentLine({ comment }: { comment: Comment }) {
  return (
    <div className="comment">
      <p className="comment-meta">
        <span className="comment-by">{comment.by.email}</span> · {formatLocal(comment.at)}
      </p>
      <Body comment={comment} />
    </div>
  );
}

/** A text box with @mention suggestions and a button; `extra` goes before the box (the "About" choice of a new thread). */
function CommentForm({ label, submit, placeholder, users, onSend, extra }: { label: string; submit: string; placeholder: string; users: readonly User[]; onSend(body: string): Promise<void>; extra?: ReactNode }) {
  const [body, setBody] = useState('');
  const sending = useAction();
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (await sending.run(() => onSend(body.trim()))) setBody('');
  };
  return (
    <form className="comment-form" onSubmit={(event) => void send(event)}>
      {extra}
      <TextArea label={label} rows={2} value={body} onChange={setBody} placeholder={placeholder} />
      <MentionSuggestions text={body} users={users} onPick={setBody} />
      {sending.error === null ? null : (
        <p className="note note-error" role="alert">
          {sending.error instanceof Error ? sending.error.message : String(sending.error)}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={sending.busy || body.trim() === ''}>
          {submit}
        </button>
      </div>
    </form>
  );
}

/** The threads of postmortem `id`; `items` are its action items (to name and reach what a thread is about). */
export function CommentsPanel({ id, items }: { id: string; items: readonly ActionItem[] }) {
  const me = useUser();
  const canWrite = useCanWrite();
  const [comments, setComments] = useState<Comment[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [anchor, setAnchor] = useState('');
  const [showResolved, setShowResolved] = useState(false);
  const [replyingTo, setReplyingTo] = useState<string | null>(null);
  const [users, setUsers] = useState<User[]>([]);
  useEffect(() => {
    listUsers().then(setUsers, () => setUsers([]));
  }, []);
  useEffect(() => {
    const abort = new AbortController();
    listComments(id, abort.signal).then(setComments, (caught: unknown) => {
      if (!abort.signal.aborted) setError(caught instanceof Error ? caught.message : String(caught));
    });
    return () => abort.abort();
  }, [id]);
  if (comments === null) return error === null ? null : <p className="note note-error">Could not load the comments: {error}</p>;

  const threads = comments.filter((c) => c.parentId === null);
  const open = threads.filter((t) => t.resolved === null);
  const shown = showResolved ? threads : open;
  const replace = (changed: Comment) => setComments((all) => (all ?? []).map((c) => (c.id === changed.id ? changed : c)));
  const resolve = async (thread: Comment, resolved: boolean) => {
    try {
      replace(await setResolved(id, thread.id, resolved));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  return (
    <section className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">Comments</h2>
      <p className="comments-count">
        {open.length} open thread{open.length === 1 ? '' : 's'}, {threads.length - open.length} resolved.{' '}
        {threads.length === open.length ? null : (
          <button type="button" className="button-quiet" onClick={() => setShowResolved(!showResolved)}>
            {showResolved ? 'Hide resolved' : 'Show resolved'}
          </button>
        )}
      </p>
      {error === null ? null : (
        <p className="note note-error" role="alert">
          {error}
        </p>
      )}
      <ol className="threads">
        {shown.map((thread) => {
          const { label, place } = about(thread.anchor, items);
          const replies = comments.filter((c) => c.parentId === thread.id);
          const mayResolve = canWrite || thread.by.userId === me.id;
          return (
            <li key={thread.id} className={thread.resolved === null ? 'thread' : 'thread thread-resolved'}>
              <p className="thread-about">
                On{' '}
                {place === null ? (
                  label
                ) : (
                  <button type="button" className="link-button" onClick={() => jumpTo(place)}>
                    {label}
                  </button>
                )}
              </p>
              <CommentLine comment={thread} />
              {replies.length === 0 ? null : (
                <ol className="replies">
                  {replies.map((r) => (
                    <li key={r.id}>
                      <CommentLine comment={r} />
                    </li>
                  ))}
                </ol>
              )}
              {thread.resolved === null ? null : (
                <p className="field-note">
                  Resolved by {thread.resolved.by} on {formatLocal(thread.resolved.at)}.
                </p>
              )}
              <div className="form-actions">
                {thread.resolved === null && replyingTo !== thread.id ? (
                  <button type="button" onClick={() => setReplyingTo(thread.id)}>
                    Reply
                  </button>
                ) : null}
                {mayResolve ? (
                  <button type="button" onClick={() => void resolve(thread, thread.resolved === null)}>
                    {thread.resolved === null ? 'Resolve' : 'Reopen thread'}
                  </button>
                ) : null}
              </div>
              {replyingTo === thread.id ? (
                <CommentForm
                  label="Your reply"
                  submit="Reply"
                  users={users}
                  placeholder="Use @name to mention someone"
                  onSend={async (body) => {
                    const reply = await addComment(id, { body, parentId: thread.id });
                    setComments((all) => [...(all ?? []), reply]);
                    setReplyingTo(null);
                  }}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
      <CommentForm
        label="New comment"
        submit="Comment"
        users={users}
        placeholder="A question or a suggestion for the authors; use @name to mention someone"
        extra={<SelectField label="About" value={anchor} onChange={setAnchor} options={anchorOptions(items)} emptyLabel="The whole postmortem" />}
        onSend={async (body) => {
          const added = await addComment(id, { body, ...(anchor === '' ? {} : { anchor }) });
          setComments((all) => [...(all ?? []), added]);
        }}
      />
    </section>
  );
}
