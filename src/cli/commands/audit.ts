/** `debrief audit`: the audit log of security events, newest first, as lines or JSON lines. */
import { resolveStoreOptions, withStore, type StoreOptions } from '../../store/open-store.js';
import type { AuditEvent } from '../../core/audit.js';
import { InputError } from '../../core/errors.js';
import { writeOut } from '../output.js';
import { EXIT } from '../report-error.js';

/** The options `debrief audit` accepts. */
export interface AuditOptions extends StoreOptions {
  action?: string;
  email?: string;
  limit?: string;
  format?: 'text' | 'json';
}

/** One event as a line: when, action, outcome, who, what, where from, details. */
function eventLine(e: AuditEvent): string {
  const who = e.actor.email ?? (e.via === 'cli' ? 'command line' : 'anonymous');
  const details = Object.keys(e.details).length === 0 ? '' : JSON.stringify(e.details);
  return [e.at, e.action, e.outcome, who, e.target ?? '-', e.ip ?? '-', details].join('\t') + '\n';
}

/** Runs `debrief audit`. */
export async function auditCommand(options: AuditOptions): Promise<number> {
  const limit = options.limit === undefined ? 100 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new InputError(`--limit: "${options.limit}" is not a whole number from 1 to 500`);
  const filter = { ...(options.action === undefined ? {} : { action: options.action }), ...(options.email === undefined ? {} : { email: options.email }) };
  const page = await withStore(resolveStoreOptions(options), (store) => store.listAudit(filter, { limit }));
  writeOut(page.items.map((e) => (options.format === 'json' ? `${JSON.stringify(e)}\n` : eventLine(e))).join(''));
  return EXIT.ok;
}
