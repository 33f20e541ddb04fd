/** `debrief redact`: the public version of a postmortem, with every name, address, host, ticket, channel and secret replaced. */
import { InputError } from '../../core/errors.js';
import type { Redaction } from '../../knowledge/redaction/redaction.types.js';
import { redactPostmortem } from '../../knowledge/redaction/redact-postmortem.js';
import { parseDocument } from '../../markdown/parse.js';
import { writeErr, writeOut } from '../output.js';
import { readDocument, STDIN_LABEL } from '../read-document.js';
import { EXIT } from '../report-error.js';
import { internalDomainsFrom } from './serve-settings.js';

/** The options `debrief redact` accepts. */
export interface RedactOptions {
  format: 'md' | 'json';
  internalDomain?: string[];
}

/** One redaction as a line of the report: where, what, by what, why. */
function reportLine(label: string, r: Redaction): string {
  return `${label}:${r.line}:${r.column}  ${r.kind}  ${JSON.stringify(r.original)} → ${JSON.stringify(r.replacement)}  (${r.why})`;
}

/** Runs `debrief redact` on a file (or `-` for stdin): the redacted document on stdout, the list of redactions on stderr (md) or both as JSON. */
export async function redactCommand(file: string, options: RedactOptions): Promise<number> {
  const label = file === '-' ? STDIN_LABEL : file;
  const domains = internalDomainsFrom(process.env, options.internalDomain, '--internal-domain');
  const read = await readDocument(file);
  if (!read.ok) throw new InputError(`${label}: ${read.problem}`);
  const { postmortem } = parseDocument(read.source, file === '-' ? {} : { filePath: file });
  const { text, redactions } = await redactPostmortem(read.source, postmortem, domains);
  if (options.format === 'json') {
    writeOut(`${JSON.stringify({ file: label, text, redactions: redactions.map(({ start: _start, end: _end, ...r }) => r) }, null, 2)}\n`);
  } else {
    writeOut(text);
    writeErr(`debrief: ${redactions.length} redaction${redactions.length === 1 ? '' : 's'} in ${label}${redactions.length > 0 ? ':' : ''}\n`);
    for (const r of redactions) writeErr(`${reportLine(label, r)}\n`);
  }
  return EXIT.ok;
}
