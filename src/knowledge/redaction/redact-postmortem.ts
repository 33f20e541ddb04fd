/** The redaction of a postmortem's Markdown for the public, knowing whom the document names and who commanded. */
import type { Postmortem } from '../../core/postmortem.schema.js';
import { peopleNames } from '../../lint/people.js';
import { namePattern } from './find-people.js';
import { redactText } from './redact.js';
import type { RedactionResult } from './redaction.types.js';

/** The document's Markdown (`source`, as parsed into `pm`) with every sensitive value replaced, and the list of replacements. */
export function redactPostmortem(source: string, pm: Postmortem, internalDomains: readonly string[]): Promise<RedactionResult> {
  const names = peopleNames(pm);
  const commander = pm.commander?.toLowerCase() ?? '';
  const commanderNames = commander === '' ? [] : names.filter((name) => namePattern(name, true).test(commander));
  return redactText(source, { internalDomains, names, commanderNames });
}
