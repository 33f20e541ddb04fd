/**
 * Repeated failure modes in a period: the same failure mode on the same service more than once (postmortems and
 * incident records together: an incident counted once, by its record, which takes its postmortem's failure mode and
 * services when it names none), and the same trigger on the same
 * service more than once among the incidents reviewed.
 */
import type { Trigger } from '../trigger.js';
import type { IncidentRow, PostmortemRow } from './rows.js';
import { triggerPhrase } from './shares.js';
import { listed } from './words.js';

/** A failure that came back: what it was, where, how often, and which postmortems or incidents show it. */
export interface Repeat {
  kind: 'failure_mode' | 'trigger';
  /** The service it hit (as first written), or null when the records name none. */
  service: string | null;
  failureMode: string | null;
  trigger: Trigger | null;
  count: number;
  /** Postmortem ids (or files) and incident ids, in the order given. */
  refs: string[];
  sentence: string;
}

/** What a repeat is grouped by: a failure mode or a trigger, and a service. */
interface Occurrence {
  ref: string;
  services: string[];
  key: string;
}

/** The groups of occurrences sharing a key and a service (lower case), two or more, most first. */
function grouped(occurrences: readonly Occurrence[]): { key: string; service: string | null; refs: string[] }[] {
  const groups = new Map<string, { key: string; service: string | null; refs: string[] }>();
  for (const o of occurrences) {
    const services = o.services.length === 0 ? [null] : [...new Set(o.services)];
    for (const service of services) {
      const id = JSON.stringify([o.key, service?.toLowerCase() ?? null]);
      const group = groups.get(id) ?? { key: o.key, service, refs: [] };
      group.refs.push(o.ref);
      groups.set(id, group);
    }
  }
  return [...groups.values()].filter((g) => g.refs.length >= 2).sort((a, b) => b.refs.length - a.refs.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The repeats among a period's postmortems and incident records: failure modes first, then triggers. */
export function repeatsOf(postmortems: readonly PostmortemRow[], incidents: readonly IncidentRow[]): Repeat[] {
  // An incident is counted by its record; a postmortem only where no record answers to it. What a record leaves
  // unsaid (its failure mode, its services), its postmortem says.
  const answered = new Set(incidents.flatMap((i) => (i.postmortemRef === null ? [] : [i.postmortemRef])));
  const postmortemOf = new Map(postmortems.map((p) => [p.ref, p]));
  const modes: Occurrence[] = [
    ...postmortems.flatMap((p) => (p.failureMode === null || answered.has(p.ref) ? [] : [{ ref: p.ref, services: p.services, key: p.failureMode }])),
    ...incidents.flatMap((i) => {
      const pm = i.postmortemRef === null ? undefined : postmortemOf.get(i.postmortemRef);
      const mode = i.failureMode ?? pm?.failureMode ?? null;
      return mode === null ? [] : [{ ref: i.ref, services: i.services.length > 0 ? i.services : (pm?.services ?? []), key: mode }];
    }),
  ];
  const byMode = grouped(modes).map(({ key, service, refs }): Repeat => ({
    kind: 'failure_mode',
    service,
    failureMode: key,
    trigger: null,
    count: refs.length,
    refs,
    sentence: `${key} ${service === null ? 'happened' : `hit ${service}`} ${refs.length} times (${listed(refs)}).`,
  }));
  const triggers = postmortems.flatMap((p) => (p.trigger === 'unknown' ? [] : [{ ref: p.ref, services: p.services, key: p.trigger }]));
  const byTrigger = grouped(triggers).map(({ key, service, refs }): Repeat => ({
    kind: 'trigger',
    service,
    failureMode: null,
    trigger: key as Trigger,
    count: refs.length,
    refs,
    sentence: `${refs.length} incidents ${service === null ? 'naming no service' : `of ${service}`} ${triggerPhrase(key as Trigger)} (${listed(refs)}).`,
  }));
  return [...byMode, ...byTrigger];
}
