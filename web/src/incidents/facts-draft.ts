/** An incident's facts as a form holds them (times in the user's zone, numbers as typed) and back, and what changed. */
import type { Severity } from '../../../src/core/postmortem.schema.js';
import type { IncidentFacts } from '../api/types.js';
import { fromLocalInput, toLocalInput } from '../editing/local-time.js';

/** The yes/no facts. */
export type FlagKey = 'slaBreached' | 'dataLoss' | 'securityExposure' | 'escalated' | 'nearMiss' | 'autoResolved';

/** The facts as typed: datetime-local values in the user's zone, the minutes as text, '' for what is not known. */
export interface FactsDraft extends Record<FlagKey, boolean> {
  title: string;
  severity: Severity | '';
  startedAt: string;
  resolvedAt: string;
  services: string[];
  teams: string[];
  customerImpactMinutes: string;
  failureMode: string;
  source: string;
}

/** Where an incident recorded in the web app says it came from. */
const WEB_SOURCE = 'web';

/** A blank form. */
export function emptyDraft(): FactsDraft {
  return {
    title: '',
    severity: '',
    startedAt: '',
    resolvedAt: '',
    services: [],
    teams: [],
    customerImpactMinutes: '',
    slaBreached: false,
    dataLoss: false,
    securityExposure: false,
    escalated: false,
    nearMiss: false,
    autoResolved: false,
    failureMode: '',
    source: WEB_SOURCE,
  };
}

/** The form of recorded facts (an incident as the API answers it will do). */
export function draftOf(facts: IncidentFacts): FactsDraft {
  return {
    title: facts.title,
    severity: facts.severity ?? '',
    startedAt: toLocalInput(facts.startedAt),
    resolvedAt: toLocalInput(facts.resolvedAt),
    services: [...facts.services],
    teams: [...facts.teams],
    customerImpactMinutes: facts.customerImpactMinutes === null ? '' : String(facts.customerImpactMinutes),
    slaBreached: facts.slaBreached,
    dataLoss: facts.dataLoss,
    securityExposure: facts.securityExposure,
    escalated: facts.escalated,
    nearMiss: facts.nearMiss,
    autoResolved: facts.autoResolved,
    failureMode: facts.failureMode ?? '',
    source: facts.source,
  };
}

/** The facts to send: instants in UTC, empty fields as null; a number the server refuses is sent as typed, for it to say why. */
export function factsOf(draft: FactsDraft): IncidentFacts {
  const minutes = draft.customerImpactMinutes.trim();
  return {
    title: draft.title.trim(),
    severity: draft.severity === '' ? null : draft.severity,
    startedAt: fromLocalInput(draft.startedAt),
    resolvedAt: fromLocalInput(draft.resolvedAt),
    services: draft.services,
    teams: draft.teams,
    customerImpactMinutes: minutes === '' ? null : Number(minutes),
    slaBreached: draft.slaBreached,
    dataLoss: draft.dataLoss,
    securityExposure: draft.securityExposure,
    escalated: draft.escalated,
    nearMiss: draft.nearMiss,
    autoResolved: draft.autoResolved,
    failureMode: draft.failureMode.trim() === '' ? null : draft.failureMode.trim(),
    source: draft.source.trim() === '' ? WEB_SOURCE : draft.source.trim(),
  };
}

/** True when two values of a fact are the same; instants to the minute, as the form shows them. */
function same(key: keyof IncidentFacts, a: unknown, b: unknown): boolean {
  if (key === 'startedAt' || key === 'resolvedAt') return toLocalInput(a as string | null) === toLocalInput(b as string | null);
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The facts of `after` that differ from `before` (what a PATCH sends). */
export function changedFacts(before: IncidentFacts, after: IncidentFacts): Partial<IncidentFacts> {
  const keys = (Object.keys(after) as (keyof IncidentFacts)[]).filter((key) => !same(key, before[key], after[key]));
  return Object.fromEntries(keys.map((key) => [key, after[key]])) as Partial<IncidentFacts>;
}
