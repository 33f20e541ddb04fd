/** Builds the small example documents that rules carry (and that run as tests and appear in docs/rules.md). */

/**
 * A document in our format: front matter (`key: value` lines) and `## Heading` sections in order.
 * `front` defaults to a title and a severity so that examples stay about the rule they show.
 */
export function exampleDoc(sections: Record<string, string>, front = 'title: Checkout outage\nseverity: SEV2'): string {
  const body = Object.entries(sections).map(([heading, text]) => (text === '' ? `## ${heading}` : `## ${heading}\n\n${text}`));
  return [`---\n${front}\n---`, ...body].join('\n\n') + '\n';
}

/** An action-item table in our format from rows of `Action | Owner | Due | Priority | Status | Ticket` cells. */
export function actionTable(rows: readonly string[]): string {
  return ['| Action | Owner | Due | Priority | Status | Ticket |', '| --- | --- | --- | --- | --- | --- |', ...rows.map((r) => `| ${r} |`)].join('\n');
}
