/** An action item's title as the vagueness judgement reads it: plain text, the lead-in cut, split into clauses. */

/** Lead-ins that say who or when, not what (in lower case): "we will …", "action: …", "going forward, …", "to …". */
const PREAMBLES: readonly RegExp[] = [
  /^(?:action(?: item)?|todo|to do|next step|follow[- ]up|ai-?\d+|p[0-4])\s*[:–—-]\s*/,
  // A label or a ticket key in front: "[P1] …", "(quick win) …", "OPS-12: …".
  /^(?:\[[^\]]*\]|\([^)]*\)|[a-z][a-z\d]*-\d+\s*[:–—-]?)\s*/,
  /^(?:(?:we|i|you|they|everyone|everybody|engineers|developers|devs|teams|the team|(?:the |our )?[\w-]+ team|on-?call(?: engineers)?|owners)\s+)?(?:will|shall|should|must|need to|needs to|need|needs|have to|has to|are going to|is going to|are to|want to|plan to|ought to|can|could|would)\s+(?:also\s+|always\s+|all\s+)?/,
  /^(?:please|also|always|then|going forward|in (?:the )?future|from now on|next time|moving forward)[,\s]\s*/,
  /^to\s+/,
  // "Prioritise upgrading X" asks for the upgrade.
  /^(?:prioriti[sz]e|start|begin|continue|keep)\s+(?=[a-z]+ing\b)/,
];

/** Where one action may end and another begin: "Investigate X; then write up Y", "… and add Z". */
const CLAUSE_BREAK = /(\s*;\s*(?:(?:and\s+)?then\s+)?|\.\s+(?:(?:and\s+)?then\s+)?|,?\s+(?:and then|then|and also|as well as|and|plus)\s+)/;

/** The title as plain text, case kept: no Markdown marks, link targets or curly quotes, spaces collapsed, no end stop. */
export function plainTitle(title: string): string {
  return title
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*`]|(?<![\w])_+|_+(?![\w])/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[\s.!,;:]+$/, '')
    .trim();
}

/** Lower-case text without the lead-ins that say who or when ("going forward, we should also …"). */
export function withoutPreamble(text: string): string {
  let rest = text;
  // Lead-ins stack in any order ("[p1] going forward, we will …"): a few passes over the list.
  for (let pass = 0; pass < 3; pass++) {
    const before = rest;
    for (const preamble of PREAMBLES) rest = rest.replace(preamble, '');
    if (rest === before) break;
  }
  return rest;
}

/**
 * The clauses of a plain title, in order, each without its lead-in. A part joins the one before it unless it opens
 * with a verb (`opensClause`): "monitoring and alerting for X" is one thing, "investigate X and add Y" two.
 */
export function clausesOf(text: string, opensClause: (part: string) => boolean): string[] {
  const [first = '', ...pieces] = text.split(CLAUSE_BREAK);
  const clauses = [withoutPreamble(first)];
  for (let i = 0; i + 1 < pieces.length; i += 2) {
    const part = withoutPreamble(pieces[i + 1] ?? '');
    if (part !== '' && opensClause(part)) clauses.push(part);
    else clauses[clauses.length - 1] += `${pieces[i] ?? ''}${pieces[i + 1] ?? ''}`;
  }
  return clauses;
}
