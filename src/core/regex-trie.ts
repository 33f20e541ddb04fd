/** Regex sources for long lists of literal words, shaped so that a regex engine decides letter by letter. */

/** The text with every regex metacharacter escaped. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The strings as one regex source shaped like a trie ("re(?:boot|solv(?:ed)?|start)"): a regex engine tries
 * alternatives one by one, so a flat list of hundreds of words would be tried at every position; a trie decides
 * letter by letter. Optional tails come after their stem, so the longest string a text starts with is matched.
 */
export function trieSource(strings: readonly string[]): string {
  const root = new Map<string, string[]>();
  let terminal = false;
  for (const s of strings) {
    if (s === '') {
      terminal = true;
      continue;
    }
    const head = s[0] as string;
    root.set(head, [...(root.get(head) ?? []), s.slice(1)]);
  }
  const branches = [...root].sort(([a], [b]) => (a < b ? -1 : 1)).map(([head, tails]) => escapeRegex(head) + trieSource(tails));
  if (branches.length === 0) return '';
  const group = branches.length === 1 && !terminal ? (branches[0] as string) : `(?:${branches.join('|')})`;
  return terminal ? `${group}?` : group;
}
