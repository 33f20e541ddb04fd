/** Suggestions for the @mention being typed at the end of a comment: the users whose e-mail or name starts with it. */
import type { User } from '../../api/types.js';

/** The @handle being typed at the end of `text` (without the @), or null. */
function typedMention(text: string): string | null {
  return /(?:^|[\s(])@([\w.+-]*)$/.exec(text)?.[1] ?? null;
}

/** How a user is mentioned: the part of their e-mail before the @, or the whole e-mail when another user shares it. */
function handleOf(user: User, users: readonly User[]): string {
  const local = user.email.slice(0, user.email.indexOf('@'));
  return users.filter((u) => u.email.startsWith(`${local}@`)).length === 1 ? local : user.email;
}

/** Up to five users to mention; picking one completes the text with their handle. */
export function MentionSuggestions({ text, users, onPick }: { text: string; users: readonly User[]; onPick(text: string): void }) {
  const typed = typedMention(text);
  if (typed === null) return null;
  const wanted = typed.toLowerCase();
  const matches = users.filter((u) => u.disabledAt === null && (u.email.startsWith(wanted) || u.name.toLowerCase().split(/\s+/).some((part) => part.startsWith(wanted)))).slice(0, 5);
  if (matches.length === 0) return null;
  return (
    <ul className="mention-suggestions" aria-label="People to mention">
      {matches.map((user) => (
        <li key={user.id}>
          <button type="button" className="button-quiet" onClick={() => onPick(`${text.slice(0, text.length - typed.length)}${handleOf(user, users)} `)}>
            @{handleOf(user, users)} <span className="field-note">{user.name || user.email}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
