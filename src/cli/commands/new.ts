/** `debrief new`: start a postmortem from the template for its severity, on stdout or in a new file. */
import { writeFile } from 'node:fs/promises';
import { DateTime } from 'luxon';
import { InputError } from '../../core/errors.js';
import type { Kind, Severity } from '../../core/postmortem.schema.js';
import { parseSeverity } from '../../core/severity.js';
import { renderMarkdown } from '../../markdown/render.js';
import { templatePostmortem } from '../../markdown/templates.js';
import { writeOut } from '../output.js';
import { EXIT } from '../report-error.js';

/** The options `debrief new` accepts. */
export interface NewOptions {
  severity?: string;
  kind?: string;
  title?: string;
  started?: string;
  resolved?: string;
  output?: string;
}

const KINDS: Record<string, Kind> = { full: 'full', lightweight: 'lightweight', 'near-miss': 'near_miss', near_miss: 'near_miss' };

function severityOption(value: string | undefined): Severity | null {
  if (value === undefined) return null;
  const severity = parseSeverity(value);
  if (severity === null) throw new InputError(`--severity: "${value}" is not a severity; use SEV1..SEV4, P1..P4, Critical, Major, Minor or Low`);
  return severity;
}

function kindOption(value: string | undefined): Kind | null {
  if (value === undefined) return null;
  const kind = KINDS[value.trim().toLowerCase()];
  if (kind === undefined) throw new InputError(`--kind: "${value}" is not a kind; use full, lightweight or near-miss`);
  return kind;
}

/** An ISO 8601 time as a UTC instant (`2024-03-01T14:05:00Z`); a time without an offset is taken as UTC. */
function instantOption(name: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  const time = DateTime.fromISO(value.trim(), { zone: 'utc' });
  if (!time.isValid) throw new InputError(`--${name}: "${value}" is not an ISO 8601 time; use e.g. 2024-03-01T14:05Z or 2024-03-01T15:05+01:00`);
  return time.toUTC().toISO({ suppressMilliseconds: true });
}

/** Writes a new file, refusing to replace one that exists. */
async function writeNewFile(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new InputError(`${path} already exists; not overwriting it (choose another name or remove it first)`);
    if (code === 'ENOENT') throw new InputError(`${path}: the folder does not exist`);
    throw new InputError(`${path}: cannot write: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Runs `debrief new`. */
export async function newCommand(options: NewOptions): Promise<number> {
  const started = instantOption('started', options.started);
  const resolved = instantOption('resolved', options.resolved);
  if (started !== null && resolved !== null && resolved < started) {
    throw new InputError(`--resolved (${resolved}) is before --started (${started})`);
  }
  const pm = templatePostmortem({
    severity: severityOption(options.severity),
    kind: kindOption(options.kind),
    title: options.title ?? null,
    started,
    resolved,
  });
  const text = renderMarkdown(pm, { prompts: true });
  if (options.output === undefined) writeOut(text);
  else await writeNewFile(options.output, text);
  return EXIT.ok;
}
