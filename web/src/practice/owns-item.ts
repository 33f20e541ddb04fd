/** Whose an action item is, as the server decides who may not verify it: its owner names the user by e-mail or by name. */
import type { User } from '../api/types.js';

/** An owner or a user's name as compared: trimmed, without a leading @, any case. */
function comparable(text: string): string {
  return text.trim().replace(/^@/, '').toLowerCase();
}

/** True when `owner` (as the item writes it) is `user`: their e-mail or their name. */
export function ownsItem(owner: string | null, user: Pick<User, 'email' | 'name'>): boolean {
  const named = comparable(owner ?? '');
  return named !== '' && (named === comparable(user.email) || named === comparable(user.name));
}
