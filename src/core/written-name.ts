/** People named by hand in a postmortem (author, commander, an item's owner, a team's lead). */

/** A name as written, the way it is matched to an account's e-mail or name: trimmed, lower case, no leading @. */
export function writtenName(written: string): string {
  return written.trim().replace(/^@/, '').toLowerCase();
}
