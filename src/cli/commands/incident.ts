/**
 * `debrief incident add|list|show|waive|unwaive`: incidents on the same store as `debrief serve`, under the same
 * policy: recording one decides what it owes (and drafts the postmortem), waiving needs an admin. Writes act `--as`
 * an account, whose role applies; reads are as `--as` sees them (without it, as a reader of no restricted postmortem):
 * a security incident in full only for those who may read it, as the API shows it.
 */
import { InputError, NotFoundError } from '../../core/errors.js';
import { incidentFactsSchema, owedSchema, type IncidentFacts } from '../../core/incident.js';
import { readIncidentFile } from '../input-files.js';
import { parseSeverity } from '../../core/severity.js';
import { parseCanonical } from '../../core/time/index.js';
import { incidentsSeenBy, mayReadIncident } from '../../server/practice/incident-access.js';
import { incidentView, recordIncident, waiveIncident, type IncidentView } from '../../server/practice/incidents.js';
import { policyInForce } from '../../server/practice/policy-in-force.js';
import { incidentBody } from '../../server/views/incident.js';
import { resolveStoreOptions, withStore, type StoreOptions } from '../../store/open-store.js';
import type { Actor, Store } from '../../store/store.types.js';
import { writeOut } from '../output.js';
import { EXIT } from '../report-error.js';
import { actorFor } from './acting-as.js';

/** What `debrief incident` can do. */
export type IncidentAction = 'add' | 'list' | 'show' | 'waive' | 'unwaive';

/** The options `debrief incident` accepts. */
export interface IncidentOptions extends StoreOptions {
  as?: string;
  file?: string;
  title?: string;
  severity?: string;
  started?: string;
  resolved?: string;
  service?: string[];
  team?: string[];
  impactMinutes?: string;
  slaBreached?: boolean;
  dataLoss?: boolean;
  securityExposure?: boolean;
  escalated?: boolean;
  nearMiss?: boolean;
  autoResolved?: boolean;
  failureMode?: string;
  source?: string;
  reason?: string;
  owed?: string;
  format?: 'text' | 'json';
}

/** Who `incident list|show` reads as without `--as`: a viewer who is a member of nothing, so security incidents are redacted. */
const UNNAMED_READER: Actor = { userId: 'debrief:cli', email: 'cli@debrief.invalid', role: 'viewer' };

/** An instant as written on the command line ('2024-03-01 14:05', or ISO 8601 with Z or an offset), as UTC. */
function instant(text: string | undefined, flag: string): string | null {
  if (text === undefined) return null;
  const at = parseCanonical(text);
  if (at === null) throw new InputError(`incident add: ${flag} "${text}" is not a time; write it as 2024-03-01 14:05 (UTC) or 2024-03-01T14:05:00+01:00`);
  return at;
}

/** The facts the flags give. */
function factsFromFlags(options: IncidentOptions): IncidentFacts {
  if (options.title === undefined) throw new InputError('incident add: --title is required (or --file with the incident as JSON or YAML)');
  const severity = options.severity === undefined ? null : parseSeverity(options.severity);
  if (options.severity !== undefined && severity === null) throw new InputError(`incident add: --severity "${options.severity}" is not a severity; use SEV1–SEV4 (P1–P4, critical, major, minor, low are read too)`);
  const impact = options.impactMinutes === undefined ? null : Number(options.impactMinutes);
  if (impact !== null && (!Number.isInteger(impact) || impact < 0)) throw new InputError(`incident add: --impact-minutes "${options.impactMinutes}" is not a whole number of minutes`);
  const result = incidentFactsSchema.safeParse({
    title: options.title,
    severity,
    startedAt: instant(options.started, '--started'),
    resolvedAt: instant(options.resolved, '--resolved'),
    services: options.service ?? [],
    teams: options.team ?? [],
    customerImpactMinutes: impact,
    slaBreached: options.slaBreached === true,
    dataLoss: options.dataLoss === true,
    securityExposure: options.securityExposure === true,
    escalated: options.escalated === true,
    nearMiss: options.nearMiss === true,
    autoResolved: options.autoResolved === true,
    failureMode: options.failureMode ?? null,
    source: options.source ?? 'cli',
  });
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new InputError(`incident add: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

/** An incident as text: what it is, what it owes and why, its postmortem, waiver and deadlines. */
export function incidentText(view: IncidentView): string {
  const f = view.facts;
  const lines = [
    `${view.id}\t${f.title}\t${f.severity ?? 'no severity'}\tversion ${view.version}`,
    `  started ${f.startedAt ?? '—'}, resolved ${f.resolvedAt ?? '—'}${f.services.length > 0 ? `; services ${f.services.join(', ')}` : ''}${f.failureMode === null ? '' : `; failure mode ${f.failureMode}`}`,
    `  owed: ${view.owed} (policy v${view.policyVersion})`,
    ...view.reasons.map((r) => `    - ${r}`),
  ];
  if (view.waiver !== null) lines.push(`  waived by ${view.waiver.by} at ${view.waiver.at}: ${view.waiver.reason}`);
  if (view.postmortemId !== null) lines.push(`  postmortem: ${view.postmortemId}`);
  if (view.deadlines !== null) {
    for (const [name, d] of Object.entries(view.deadlines)) lines.push(`  ${name}: ${d.at ?? 'when resolved'} (${d.state.replace('_', ' ')})`);
  }
  return `${lines.join('\n')}\n`;
}

/** One line per incident for `incident list`. */
function listLine(view: IncidentView): string {
  const late = view.deadlines === null ? '' : Object.entries(view.deadlines).filter(([, d]) => d.state === 'late' || d.state === 'due_soon').map(([name, d]) => `${name} ${d.state.replace('_', ' ')}`).join(', ');
  return [view.id, view.facts.severity ?? '-', view.owed, view.waiver === null ? '' : 'waived', view.postmortemId ?? '-', late || '-', view.facts.title].join('\t') + '\n';
}

/** Does the action; answers the incidents to print. */
async function perform(store: Store, action: IncidentAction, id: string | undefined, options: IncidentOptions): Promise<IncidentView[]> {
  const needId = (): string => {
    if (id === undefined) throw new InputError(`incident ${action}: which incident? Give its id, e.g. debrief incident ${action} INC-12`);
    return id;
  };
  if (action === 'add') return [await recordIncident(store, await actorFor(store, options.as, 'incident add'), options.file === undefined ? factsFromFlags(options) : readIncidentFile(options.file))];
  if (action === 'waive' || action === 'unwaive') {
    const actor = await actorFor(store, options.as, `incident ${action}`);
    if (action === 'waive' && (options.reason === undefined || options.reason.trim().length < 3)) throw new InputError('incident waive: --reason is required: why no postmortem is needed');
    return [await waiveIncident(store, actor, { userId: actor.userId, email: actor.email, via: 'cli' }, needId(), action === 'waive' ? (options.reason ?? '').trim() : null)];
  }
  const { policy } = await policyInForce(store);
  const reader = options.as === undefined ? UNNAMED_READER : await actorFor(store, options.as, `incident ${action}`);
  if (action === 'show') {
    const record = await store.getIncident(needId());
    if (!(await mayReadIncident(store, reader, record))) {
      throw new NotFoundError(`incident show: ${record.id} is a security incident: only admins, whoever recorded it and readers of its restricted postmortem see it; --as names such an account`, { id: record.id });
    }
    return [await incidentView(store, record, policy)];
  }
  const owed = options.owed === undefined ? undefined : owedSchema.safeParse(options.owed);
  if (owed !== undefined && !owed.success) throw new InputError(`incident list: --owed must be full, lightweight or none (not "${options.owed}")`);
  const page = await store.listIncidents(owed === undefined ? {} : { owed: owed.data }, { limit: 500 });
  return incidentsSeenBy(store, reader, await Promise.all(page.items.map((record) => incidentView(store, record, policy))));
}

/** Runs `debrief incident <action> [id]`. */
export async function incidentCommand(action: IncidentAction, id: string | undefined, options: IncidentOptions): Promise<number> {
  const views = await withStore(resolveStoreOptions(options), (store) => perform(store, action, id, options));
  if (options.format === 'json') writeOut(`${JSON.stringify(action === 'list' ? views.map(incidentBody) : incidentBody(views[0] as IncidentView), null, 2)}\n`);
  else writeOut(action === 'list' ? (views.length === 0 ? 'no incidents\n' : views.map(listLine).join('')) : views.map(incidentText).join(''));
  return EXIT.ok;
}
