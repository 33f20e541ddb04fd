/**
 * `debrief public propose|show|save|publish|unpublish|history <id> --as EMAIL`: the public version of a stored
 * postmortem from the command line, on the same store as `debrief serve` and under the same rules as the API: the
 * redaction proposal, the reviewed text saved as its own revisioned document, publishing after the last check.
 */
import { readFile } from 'node:fs/promises';
import { InputError, NotFoundError } from '../../core/errors.js';
import { publicVersionInputSchema, type PublicProposal, type PublicVersion, type PublicVersionInput, type ReviewedRedaction } from '../../core/public-postmortem.js';
import { proposePublicVersion, publishPublic } from '../../server/public-version.js';
import { publicPath } from '../../server/views/public-version.js';
import { resolveStoreOptions, withStore, type StoreOptions } from '../../store/open-store.js';
import type { Actor, Store } from '../../store/store.types.js';
import { writeErr, writeOut } from '../output.js';
import { EXIT } from '../report-error.js';
import { actorFor } from './acting-as.js';
import { internalDomainsFrom } from './serve-settings.js';

/** What `debrief public` can do. */
export type PublicCommandAction = 'propose' | 'show' | 'save' | 'publish' | 'unpublish' | 'history';

/** The options `debrief public` accepts. */
export interface PublicOptions extends StoreOptions {
  as?: string;
  file?: string;
  slug?: string;
  format?: 'text' | 'json';
  internalDomain?: string[];
}

/** A title and Markdown as one document: `# Title`, a blank line, the text. */
function asMarkdown(title: string, text: string): string {
  return `# ${title}\n\n${text.endsWith('\n') ? text : `${text}\n`}`;
}

/** The proposal's redactions as reviewed from an edited Markdown file: kept unless the reviewer put the original back. */
function decided(proposal: PublicProposal, edited: string): ReviewedRedaction[] {
  return proposal.redactions.map((r) => ({ id: r.id, kind: r.kind, original: r.original, replacement: r.replacement, why: r.why, line: r.line, column: r.column, decision: edited.includes(r.original) ? 'rejected' : 'accepted' }));
}

/**
 * The public version in `--file`: JSON with the body of PUT …/public, or Markdown (`# Title` first) whose
 * redactions are the proposal's, each rejected where the file still holds its original.
 */
async function readInput(store: Store, actor: Actor, id: string, options: PublicOptions, domains: readonly string[]): Promise<PublicVersionInput> {
  if (options.file === undefined) throw new InputError('public save: --file is required: the public version as Markdown (# Title first, as public propose prints it) or JSON');
  const source = await readFile(options.file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`${options.file}: cannot read it (${error.code ?? error.message})`);
  });
  let input: unknown;
  if (options.file.endsWith('.json')) {
    try {
      input = JSON.parse(source);
    } catch (error) {
      throw new InputError(`${options.file}: not valid JSON (${(error as Error).message})`);
    }
  } else {
    const heading = /^# +(.*)\n+/.exec(source);
    if (heading === null) throw new InputError(`${options.file}:1: the first line must be the public title as a heading, "# Title"`);
    input = { title: heading[1], text: source.slice(heading[0].length), redactions: decided(await proposePublicVersion(store, actor, id, domains), source) };
  }
  const parsed = publicVersionInputSchema.safeParse({ ...(input as object), ...(options.slug === undefined ? {} : { slug: options.slug }) });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`${options.file}: ${issue?.path.join('.') || 'document'}: ${issue?.message ?? 'not a public version'}`);
  }
  return parsed.data;
}

/** A public version as a few lines for people. */
function describe(version: PublicVersion): string {
  const state = version.published === null ? 'not published' : `published ${version.published.at} (version ${version.published.version}) at ${publicPath(version.slug)}`;
  return `${version.postmortemId}\t${version.slug}\tversion ${version.version}\t${state}\n`;
}

/** Runs `debrief public <action> <id>`. */
export async function publicCommand(action: PublicCommandAction, id: string, options: PublicOptions): Promise<number> {
  const domains = internalDomainsFrom(process.env, options.internalDomain, '--internal-domain');
  const json = options.format === 'json';
  await withStore(resolveStoreOptions(options), async (store) => {
    const actor = await actorFor(store, options.as, `public ${action}`);
    switch (action) {
      case 'propose': {
        const proposal = await proposePublicVersion(store, actor, id, domains);
        if (json) return writeOut(`${JSON.stringify(proposal, null, 2)}\n`);
        writeOut(asMarkdown(proposal.title, proposal.text));
        writeErr(`debrief: ${proposal.redactions.length} redactions proposed for ${id}:\n`);
        for (const r of proposal.redactions) writeErr(`${r.id}\t${r.line}:${r.column}\t${r.kind}\t${JSON.stringify(r.original)} → ${JSON.stringify(r.replacement)}\t(${r.why})\n`);
        return;
      }
      case 'show': {
        const version = await store.getPublicVersion(actor, id);
        if (json) return writeOut(`${JSON.stringify(version, null, 2)}\n`);
        writeErr(describe(version));
        return writeOut(asMarkdown(version.title, version.text));
      }
      case 'history': {
        const revisions = await store.listPublicRevisions(actor, id);
        if (json) return writeOut(`${JSON.stringify(revisions, null, 2)}\n`);
        return writeOut(revisions.map((r) => `${r.number}\t${r.at}\t${r.by.email}\t${r.action}\t${r.title}\n`).join(''));
      }
      case 'save': {
        const input = await readInput(store, actor, id, options, domains);
        const current = await store.getPublicVersion(actor, id).catch((error: unknown) => {
          if (error instanceof NotFoundError && (error.details as { id?: string } | undefined)?.id === id) return null;
          throw error;
        });
        const saved = await store.savePublicVersion(actor, id, current?.version ?? null, input);
        return json ? writeOut(`${JSON.stringify(saved, null, 2)}\n`) : writeOut(describe(saved));
      }
      case 'publish':
      case 'unpublish': {
        const changed = action === 'publish' ? await publishPublic(store, actor, id, undefined) : await store.unpublishPublicVersion(actor, id);
        return json ? writeOut(`${JSON.stringify(changed, null, 2)}\n`) : writeOut(describe(changed));
      }
    }
  });
  return EXIT.ok;
}
