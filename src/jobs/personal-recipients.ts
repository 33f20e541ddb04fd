/**
 * Who hears of a notice in person: the people it concerns (a postmortem's author and commander, an item's owner, a
 * team's lead), by e-mail to their account. Names are written by hand, so a person is known by their account's e-mail
 * or name, in any case, with or without a leading @; a name two accounts share is nobody's (no guessing).
 */
import { personalChannelId } from '../core/channels.js';
import { writtenName } from '../core/written-name.js';
import type { User } from '../store/store.types.js';

/** A function from the names written to the outbox names of their personal addresses: enabled accounts only, each once. */
export function personalRecipients(users: readonly User[]): (written: readonly (string | null)[]) => string[] {
  const byName = new Map<string, string | null>();
  const add = (name: string, email: string) => byName.set(name, byName.has(name) && byName.get(name) !== email ? null : email);
  for (const user of users) {
    if (user.disabledAt !== null) continue;
    add(user.email.toLowerCase(), user.email);
    if (user.name.trim() !== '') add(writtenName(user.name), user.email);
  }
  return (written) => {
    const ids = new Set<string>();
    for (const name of written) {
      const email = name === null ? undefined : byName.get(writtenName(name));
      if (typeof email === 'string') ids.add(personalChannelId(email));
    }
    return [...ids];
  };
}
