/**
 * The public version of a postmortem, as the API and the CLI both drive it: the proposal (the postmortem's Markdown
 * redacted, each redaction listed), and publishing only after the last check finds nothing left to hide.
 */
import { ConflictError } from '../core/errors.js';
import { requirePublicEligible, type ProposedRedaction, type PublicProposal, type PublicVersion } from '../core/public-postmortem.js';
import { leftInPublicText, type LeftOver } from '../knowledge/redaction/public-check.js';
import { redactPostmortem } from '../knowledge/redaction/redact-postmortem.js';
import { markdownBody } from '../markdown/html.js';
import type { Actor, Store } from '../store/store.types.js';
import { requireWrite } from '../store/visibility.js';

/** Markdown without its leading blank lines and without sections that say nothing (a heading and no text): customers need no empty headings. */
function withoutEmptySections(markdown: string): string {
  return markdown.replace(/^\s+/, '').replace(/^#{2,6} [^\n]*\n+(?=#{1,2} |(?![\s\S]))/gm, '');
}

/** Splits a leading `# Title` line off a Markdown text. */
function splitTitle(markdown: string): { title: string; text: string } {
  const match = /^\s*# +(.*)\n+/.exec(markdown);
  return match === null ? { title: '', text: markdown } : { title: (match[1] ?? '').trim(), text: markdown.slice(match[0].length) };
}

/** The redacted proposal for a published, unrestricted postmortem the actor may see and change (ConflictError for any other). */
export async function proposePublicVersion(store: Store, actor: Actor, id: string, internalDomains: readonly string[]): Promise<PublicProposal> {
  requireWrite(actor);
  const stored = await store.getPostmortem(actor, id);
  const pm = stored.postmortem;
  requirePublicEligible(pm);
  const original = withoutEmptySections(markdownBody(pm));
  const redacted = await redactPostmortem(original, pm, internalDomains);
  const { title, text } = splitTitle(redacted.text);
  const redactions = redacted.redactions.map((r, i): ProposedRedaction => ({ id: `R${i + 1}`, kind: r.kind, original: r.original, replacement: r.replacement, why: r.why, line: r.line, column: r.column, start: r.start, end: r.end }));
  return { postmortemId: stored.id, postmortemVersion: stored.version, original, title: title === '' ? 'Incident report' : title, text, redactions, internalDomains: [...internalDomains] };
}

/** What stops a public version from going out: left-overs in its title and its text, each saying where. */
export async function publicLeftOvers(version: Pick<PublicVersion, 'title' | 'text' | 'redactions'>): Promise<(LeftOver & { field: 'title' | 'text' })[]> {
  const inTitle = (await leftInPublicText(version.title, version.redactions)).map((l) => ({ ...l, field: 'title' as const }));
  const inText = (await leftInPublicText(version.text, version.redactions)).map((l) => ({ ...l, field: 'text' as const }));
  return [...inTitle, ...inText];
}

/** How many left-overs the refusal's message names (details list them all). */
const NAMED_IN_MESSAGE = 5;

/**
 * Publishes the public version as it is now (or as of `expectedVersion`, ConflictError when that is not current),
 * after checking that nothing sensitive is left in it: ConflictError naming what and where otherwise.
 */
export async function publishPublic(store: Store, actor: Actor, id: string, expectedVersion: number | undefined): Promise<PublicVersion> {
  const current = await store.getPublicVersion(actor, id);
  const version = expectedVersion ?? current.version;
  if (version !== current.version) {
    throw new ConflictError(`the public version of postmortem "${id}" has changed: version ${version} is no longer current (it is now ${current.version})`, { currentVersion: current.version });
  }
  const left = await publicLeftOvers(current);
  if (left.length > 0) {
    const named = left.slice(0, NAMED_IN_MESSAGE).map((l) => `${l.field} line ${l.line}, column ${l.column}: ${l.kind} ${JSON.stringify(l.text)} (${l.why})`);
    const more = left.length > NAMED_IN_MESSAGE ? `; and ${left.length - NAMED_IN_MESSAGE} more` : '';
    throw new ConflictError(`the public version of postmortem "${id}" still holds ${left.length} thing${left.length === 1 ? '' : 's'} it may not publish: ${named.join('; ')}${more}. Redact them, save, then publish`, { leftOvers: left });
  }
  return store.publishPublicVersion(actor, id, version);
}
