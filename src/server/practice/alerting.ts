/**
 * Incidents from alerting: what a verified hook delivery says (signals.ts) made into incidents, recorded and changed
 * the way a person's are (practice/incidents.ts: the policy decides, an owed postmortem is drafted, deadlines follow).
 * A vendor's incident is linked to the one it made, so that its later events change the same one; an event older
 * than the last one applied (out of order) never undoes it: a trigger that arrives after the resolution leaves the
 * incident resolved. An alert group that fires again after it was resolved is a new incident.
 */
import { incidentFactsSchema, type IncidentFacts } from '../../core/incident.js';
import type { HookKind, PublicIntegration } from '../../core/integrations.js';
import type { AlertSignal } from '../../integrations/hooks/signals.js';
import type { Actor, AlertLink, IncidentRecord, Store } from '../../store/store.types.js';
import { changeIncident, recordIncident } from './incidents.js';

/** What one signal did. */
export interface SignalOutcome {
  outcome: 'created' | 'updated' | 'unchanged';
  incidentId: string;
  /** In words: "INC-3 resolved (PagerDuty incident.resolved)". */
  detail: string;
}

/** Who an integration's changes are recorded as: an editor named after it (never a person, never an admin). */
export function integrationActor(integration: PublicIntegration): Actor {
  return { userId: `integration:${integration.id}`, email: `${integration.kind}+${integration.id}@integrations.debrief.invalid`, role: 'editor' };
}

/** The team an integration belongs to, as an incident's teams. */
function teamsOf(integration: PublicIntegration): string[] {
  return integration.scope === 'instance' ? [] : [integration.scope.slice('team:'.length)];
}

/** The earlier of two instants (either may be missing). */
function earlier(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a <= b ? a : b;
}

/** The status a link takes from a signal, or null when the signal does not change it. */
function statusAfter(action: AlertSignal['action'], current: AlertLink['status'] | null): AlertLink['status'] | null {
  switch (action) {
    case 'trigger':
    case 'reopen':
      return current === null || current === 'resolved' ? 'triggered' : null;
    case 'acknowledge':
      return current === 'resolved' ? null : 'acknowledged';
    case 'unacknowledge':
      return current === 'acknowledged' ? 'triggered' : null;
    case 'resolve':
      return 'resolved';
    default:
      return current === null ? 'triggered' : null;
  }
}

/** Text from a payload as an incident keeps it: no NUL characters (PostgreSQL keeps none), at most `max` characters. */
function clean(text: string, max: number): string {
  return text.replaceAll('\u0000', '').slice(0, max);
}

/** A signal's services as an incident keeps them. */
function servicesOf(signal: AlertSignal): string[] {
  return [...new Set(signal.services.map((s) => clean(s, 120).trim()).filter((s) => s !== ''))].slice(0, 50);
}

/** The facts of a new incident from its first signal (whichever it is: a resolution may arrive first). */
function firstFacts(integration: PublicIntegration, signal: AlertSignal): IncidentFacts {
  return incidentFactsSchema.parse({
    title: clean(signal.title, 300).trim() || `${integration.kind} incident ${clean(signal.key, 100)}`,
    severity: signal.severity,
    startedAt: signal.startedAt ?? signal.at,
    resolvedAt: signal.action === 'resolve' ? (signal.resolvedAt ?? signal.at) : null,
    services: servicesOf(signal),
    teams: teamsOf(integration),
    escalated: signal.action === 'escalate',
    source: integration.kind,
  });
}

/** The facts of an incident after a signal that is newer (`newer`) or older than the last one applied. */
function nextFacts(facts: IncidentFacts, signal: AlertSignal, newer: boolean, status: AlertLink['status'] | null): IncidentFacts {
  const next: IncidentFacts = { ...facts, startedAt: earlier(facts.startedAt, signal.startedAt ?? (signal.action === 'trigger' ? signal.at : null)) };
  if (signal.action === 'resolve' && (newer || facts.resolvedAt === null)) next.resolvedAt = signal.resolvedAt ?? signal.at;
  if (status === 'triggered' && newer) next.resolvedAt = null;
  if (signal.action === 'escalate') next.escalated = true;
  if (signal.severity !== null && newer) next.severity = signal.severity;
  next.services = [...new Set([...facts.services, ...servicesOf(signal)])].slice(0, 50);
  return next;
}

/** Whether the linked incident is over and the group fires anew (an alert group's new episode is a new incident). */
function firesAnew(integration: PublicIntegration, signal: AlertSignal, incident: IncidentRecord): boolean {
  const resolvedAt = incident.facts.resolvedAt;
  const groups = integration.kind === 'alertmanager' || integration.kind === 'grafana';
  return groups && signal.action === 'trigger' && resolvedAt !== null && (signal.startedAt ?? signal.at) > resolvedAt;
}

/** The words of an outcome. */
function describe(integration: PublicIntegration, signal: AlertSignal, incidentId: string, what: string): string {
  return `${incidentId} ${what} (${integration.kind} ${signal.event} of ${signal.key})`;
}

/** Applies one signal of an integration's hook: creates or changes the linked incident, and keeps the link. */
export async function applySignal(store: Store, integration: PublicIntegration & { kind: HookKind }, signal: AlertSignal): Promise<SignalOutcome> {
  const actor = integrationActor(integration);
  const link = await store.getAlertLink(integration.kind, signal.key);
  const linked = link === null ? null : await store.getIncident(link.incidentId);
  if (link === null || linked === null || firesAnew(integration, signal, linked)) {
    const view = await recordIncident(store, actor, firstFacts(integration, signal));
    const status = statusAfter(signal.action, null) ?? 'triggered';
    await store.putAlertLink({ kind: integration.kind, externalKey: signal.key, incidentId: view.id, status, statusAt: signal.at, acknowledgedAt: signal.action === 'acknowledge' ? signal.at : null });
    return { outcome: 'created', incidentId: view.id, detail: describe(integration, signal, view.id, `created, ${status}`) };
  }
  const newer = signal.at >= link.statusAt;
  const status = newer ? statusAfter(signal.action, link.status) : null;
  const facts = nextFacts(linked.facts, signal, newer, status);
  const changed = JSON.stringify(facts) !== JSON.stringify(linked.facts);
  if (changed) await changeIncident(store, actor, linked.id, null, facts);
  const acknowledgedAt = signal.action === 'acknowledge' ? earlier(link.acknowledgedAt, signal.at) : link.acknowledgedAt;
  const nextLink: AlertLink = { ...link, status: status ?? link.status, statusAt: status === null ? link.statusAt : signal.at, acknowledgedAt };
  const linkChanged = JSON.stringify(nextLink) !== JSON.stringify(link);
  if (linkChanged) await store.putAlertLink(nextLink);
  if (!changed && !linkChanged) return { outcome: 'unchanged', incidentId: linked.id, detail: describe(integration, signal, linked.id, newer ? 'already so' : 'kept: this event is older than the last one applied') };
  return { outcome: 'updated', incidentId: linked.id, detail: describe(integration, signal, linked.id, status === null ? 'updated' : status) };
}
