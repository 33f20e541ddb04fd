/** The short form of a rule description, for the rules table and SARIF's shortDescription. */

/** The first sentence of `text` (up to the first ". "), or all of it. */
export function firstSentence(text: string): string {
  const end = text.search(/\.(?:\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}
