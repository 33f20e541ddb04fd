import { describe, expect, it } from 'vitest';
import { incidentFactsSchema } from '../incident.js';
import type { IncidentFacts } from '../incident.js';
import { decideOwed } from './decide.js';
import type { IncidentForPolicy } from './decide.js';
import { DEFAULT_POLICY, readPolicy } from './policy-document.js';

/** An incident with the schema's defaults (nothing known) and the given facts. */
function incident(id: string, facts: Partial<IncidentFacts> = {}): IncidentForPolicy {
  return { ...incidentFactsSchema.parse({ title: `incident ${id}` }), ...facts, id };
}

/** An incident whose facts make no trigger, skip or unknown apply under the defaults. */
function quiet(id: string, facts: Partial<IncidentFacts> = {}): IncidentForPolicy {
  return incident(id, { severity: 'SEV2', startedAt: '2026-03-01T10:00:00Z', resolvedAt: '2026-03-01T10:30:00Z', customerImpactMinutes: 10, teams: ['sre'], services: ['payments'], failureMode: 'disk-full', ...facts });
}

const decide = (subject: IncidentForPolicy, others: IncidentForPolicy[] = [], policy = DEFAULT_POLICY) => decideOwed(subject, others, policy);

describe('triggers', () => {
  it.each([
    [{ customerImpactMinutes: 42 }, 'customer-visible impact 42 min ≥ 15 min'],
    [{ customerImpactMinutes: 15 }, 'customer-visible impact 15 min ≥ 15 min'],
    [{ slaBreached: true }, 'SLA breached'],
    [{ dataLoss: true }, 'data loss'],
    [{ securityExposure: true }, 'security exposure'],
    [{ escalated: true }, 'escalated'],
    [{ teams: ['payments', 'sre', 'support'] }, '3 teams involved (payments, sre, support) ≥ 2'],
    [{ teams: ['payments', 'SRE'] }, '2 teams involved (payments, SRE) ≥ 2'],
    [{ nearMiss: true }, 'near miss'],
  ] as [Partial<IncidentFacts>, string][])('%j owes a postmortem: %s', (facts, reason) => {
    expect(decide(quiet('INC-1', facts))).toEqual({ owed: 'full', reasons: [reason, 'SEV2: full postmortem'], repeatOf: [] });
  });

  it('does not apply below its threshold', () => {
    expect(decide(quiet('INC-1', { customerImpactMinutes: 14 })).owed).toBe('none');
    expect(decide(quiet('INC-1', { teams: ['sre'] })).owed).toBe('none');
    expect(decide(quiet('INC-1', { teams: ['sre', 'SRE ', 'Sre'] })).owed).toBe('none');
  });

  it('gives every trigger that applies, in the order of the policy, then the depth', () => {
    const decision = decide(quiet('INC-1', { severity: 'SEV1', nearMiss: true, customerImpactMinutes: 90, dataLoss: true, escalated: true }));
    expect(decision.reasons).toEqual(['customer-visible impact 90 min ≥ 15 min', 'data loss', 'escalated', 'near miss', 'SEV1: full postmortem']);
  });

  it('is switched off by false, 0 or null in the policy', () => {
    const policy = readPolicy('owed:\n  triggers:\n    customerImpactMinutes: 0\n    slaBreached: false\n    dataLoss: null\n    securityExposure: false\n    escalated: false\n    teams: false\n    nearMiss: null\n');
    const decision = decide(quiet('INC-1', { customerImpactMinutes: 600, slaBreached: true, dataLoss: true, securityExposure: true, escalated: true, teams: ['a', 'b', 'c'], nearMiss: true }), [], policy);
    expect(decision).toEqual({ owed: 'none', reasons: ['no trigger of the policy applies'], repeatOf: [] });
  });

  it('uses the thresholds of the policy', () => {
    const policy = readPolicy('owed:\n  triggers:\n    customerImpactMinutes: 60\n    teams: 1\n');
    expect(decide(quiet('INC-1', { customerImpactMinutes: 59, teams: [] }), [], policy).owed).toBe('none');
    expect(decide(quiet('INC-1', { teams: ['sre'] }), [], policy).reasons).toEqual(['1 team involved (sre) ≥ 1', 'SEV2: full postmortem']);
  });

  describe('newFailureMode', () => {
    const policy = readPolicy('owed:\n  triggers:\n    newFailureMode: true\n');

    it('applies, when switched on, to a failure mode no other incident has had', () => {
      expect(decide(quiet('INC-9', { failureMode: 'cert-expiry' }), [quiet('INC-1', { failureMode: 'disk-full' })], policy).reasons).toEqual([
        'failure mode cert-expiry never seen before',
        'SEV2: full postmortem',
      ]);
    });

    it('ignores the incident itself among the others', () => {
      const subject = quiet('INC-9', { failureMode: 'cert-expiry' });
      expect(decide(subject, [subject], policy).owed).toBe('full');
    });

    it('does not apply when another incident had it, nor without a failure mode, nor by default', () => {
      expect(decide(quiet('INC-9', { failureMode: 'cert-expiry' }), [quiet('INC-1', { failureMode: 'cert-expiry', startedAt: '2020-01-01T00:00:00Z' })], policy).owed).toBe('none');
      expect(decide(quiet('INC-9', { failureMode: null }), [], policy).owed).toBe('none');
      expect(decide(quiet('INC-9', { failureMode: 'cert-expiry' })).owed).toBe('none');
    });
  });
});

describe('depth', () => {
  it.each([
    ['SEV1', 'full'],
    ['SEV2', 'full'],
    ['SEV3', 'lightweight'],
    ['SEV4', 'lightweight'],
  ] as const)('a triggered %s owes a %s postmortem', (severity, owed) => {
    expect(decide(quiet('INC-1', { severity, slaBreached: true }))).toEqual({ owed, reasons: ['SLA breached', `${severity}: ${owed} postmortem`], repeatOf: [] });
  });

  it('without a severity follows depth.unknownSeverity', () => {
    expect(decide(quiet('INC-1', { severity: null, slaBreached: true })).reasons).toEqual(['SLA breached', 'severity not recorded: full postmortem']);
    const policy = readPolicy('owed:\n  depth:\n    unknownSeverity: lightweight\n');
    expect(decide(quiet('INC-1', { severity: null, slaBreached: true }), [], policy)).toEqual({ owed: 'lightweight', reasons: ['SLA breached', 'severity not recorded: lightweight postmortem'], repeatOf: [] });
  });

  it('follows the lists of the policy', () => {
    const policy = readPolicy('owed:\n  depth:\n    full: [SEV1, SEV2, SEV3]\n    lightweight: [SEV4]\n');
    expect(decide(quiet('INC-1', { severity: 'SEV3', dataLoss: true }), [], policy).owed).toBe('full');
    expect(decide(quiet('INC-1', { severity: 'SEV4', dataLoss: true }), [], policy).owed).toBe('lightweight');
  });
});

describe('skips', () => {
  it.each([
    [{ resolvedAt: '2026-03-01T10:03:00Z' }, ['lasted 3 min < 5 min']],
    [{ resolvedAt: '2026-03-01T10:04:59Z' }, ['lasted 4 min < 5 min']],
    [{ resolvedAt: '2026-03-01T10:00:20Z' }, ['lasted 0 min < 5 min']],
    [{ autoResolved: true }, ['auto-resolved']],
    [{ customerImpactMinutes: 0 }, ['no customer impact']],
    [{ resolvedAt: '2026-03-01T10:02:00Z', autoResolved: true, customerImpactMinutes: 0 }, ['lasted 2 min < 5 min', 'auto-resolved', 'no customer impact']],
  ] as [Partial<IncidentFacts>, string[]][])('%j owes none: %j', (facts, reasons) => {
    expect(decide(quiet('INC-1', facts))).toEqual({ owed: 'none', reasons, repeatOf: [] });
  });

  it('does not count an incident of exactly underMinutes, an unresolved one, or one that ends before it starts', () => {
    expect(decide(quiet('INC-1', { resolvedAt: '2026-03-01T10:05:00Z' })).reasons).toEqual(['no trigger of the policy applies']);
    expect(decide(quiet('INC-1', { resolvedAt: null })).reasons).toEqual(['no trigger of the policy applies']);
    expect(decide(quiet('INC-1', { resolvedAt: '2026-03-01T09:00:00Z' })).reasons).toEqual(['no trigger of the policy applies']);
  });

  it('never overrides a trigger', () => {
    expect(decide(quiet('INC-1', { severity: 'SEV3', resolvedAt: '2026-03-01T10:01:00Z', autoResolved: true, customerImpactMinutes: 0, securityExposure: true }))).toEqual({
      owed: 'lightweight',
      reasons: ['security exposure', 'SEV3: lightweight postmortem'],
      repeatOf: [],
    });
  });

  it('is switched off by false, 0 or null in the policy', () => {
    const policy = readPolicy('owed:\n  skips:\n    underMinutes: 0\n    autoResolved: false\n    noCustomerImpact: null\n');
    expect(decide(quiet('INC-1', { resolvedAt: '2026-03-01T10:01:00Z', autoResolved: true, customerImpactMinutes: 0 }), [], policy).reasons).toEqual(['no trigger of the policy applies']);
  });
});

describe('when nothing applies', () => {
  it('says so, with the facts the policy would read that are not recorded', () => {
    expect(decide(incident('INC-1'))).toEqual({
      owed: 'none',
      reasons: ['no trigger of the policy applies', 'customer impact not recorded', 'teams not recorded', 'failure mode not recorded', 'services not recorded', 'start not recorded'],
      repeatOf: [],
    });
  });

  it('does not ask for facts that only switched-off rules read', () => {
    const policy = readPolicy('owed:\n  triggers:\n    customerImpactMinutes: 0\n    teams: 0\n  repeats:\n    count: 0\n');
    expect(decide(incident('INC-1'), [], policy).reasons).toEqual(['no trigger of the policy applies']);
    const withNewModes = readPolicy('owed:\n  triggers:\n    newFailureMode: true\n  repeats:\n    count: false\n');
    expect(decide(quiet('INC-1', { failureMode: null }), [], withNewModes).reasons).toEqual(['no trigger of the policy applies', 'failure mode not recorded']);
  });
});

describe('repeats', () => {
  const mode = 'disk-full';
  const at = (day: string) => `2026-${day}T10:00:00Z`;
  const subject = quiet('INC-9', { severity: 'SEV4', startedAt: at('06-01'), services: ['payments'], failureMode: mode });

  it('owe a full postmortem at the count-th incident, whatever the severity, linking the others oldest first', () => {
    const others = [quiet('INC-7', { startedAt: at('05-20'), services: ['payments', 'ledger'] }), quiet('INC-3', { startedAt: at('03-10'), services: ['Payments'] })];
    expect(decide(subject, others)).toEqual({ owed: 'full', reasons: ['3rd incident with failure mode disk-full on payments within 90 days (INC-3, INC-7)'], repeatOf: ['INC-3', 'INC-7'] });
  });

  it('come before the triggers', () => {
    const others = [quiet('INC-3', { startedAt: at('03-10') }), quiet('INC-7', { startedAt: at('05-20') })];
    expect(decide({ ...subject, dataLoss: true }, others).reasons).toEqual(['3rd incident with failure mode disk-full on payments within 90 days (INC-3, INC-7)']);
  });

  it('count past the count, and name the services shared', () => {
    const others = ['02', '03', '04', '05'].map((month, i) => quiet(`INC-${i + 1}`, { startedAt: at(`${month}-15`), services: [i % 2 === 0 ? 'payments' : 'checkout'] }));
    const decision = decide({ ...subject, services: ['checkout', 'payments', 'search'], startedAt: at('05-20') }, others, readPolicy('owed:\n  repeats:\n    within: 20w\n'));
    expect(decision.reasons).toEqual(['5th incident with failure mode disk-full on checkout, payments within 20 weeks (INC-1, INC-2, INC-3, INC-4)']);
  });

  it('do not apply below the count', () => {
    expect(decide(subject, [quiet('INC-3', { startedAt: at('03-10') })])).toEqual({ owed: 'none', reasons: ['no trigger of the policy applies'], repeatOf: [] });
  });

  it('apply at a lower count set by the policy', () => {
    const decision = decide(subject, [quiet('INC-3', { startedAt: at('03-10') })], readPolicy('owed:\n  repeats:\n    count: 2\n'));
    expect(decision).toMatchObject({ owed: 'full', repeatOf: ['INC-3'], reasons: ['2nd incident with failure mode disk-full on payments within 90 days (INC-3)'] });
  });

  it('count only incidents started within the window before the incident, the bounds included', () => {
    const exactlyWindow = quiet('INC-2', { startedAt: '2026-03-03T10:00:00Z' }); // 90 days before 1 June
    const justOutside = quiet('INC-1', { startedAt: '2026-03-03T09:59:59Z' });
    const sameInstant = quiet('INC-8', { startedAt: at('06-01') });
    const after = quiet('INC-10', { startedAt: '2026-06-01T10:00:01Z' });
    expect(decide(subject, [exactlyWindow, sameInstant]).repeatOf).toEqual(['INC-2', 'INC-8']);
    expect(decide(subject, [justOutside, sameInstant]).owed).toBe('none');
    expect(decide(subject, [exactlyWindow, after]).owed).toBe('none');
    expect(decide(subject, [exactlyWindow, quiet('INC-5', { startedAt: null })]).owed).toBe('none');
  });

  it('need a shared service and the same failure mode', () => {
    const earlier = quiet('INC-3', { startedAt: at('03-10') });
    expect(decide(subject, [earlier, quiet('INC-7', { startedAt: at('05-20'), services: ['checkout'] })]).owed).toBe('none');
    expect(decide(subject, [earlier, quiet('INC-7', { startedAt: at('05-20'), failureMode: 'cert-expiry' })]).owed).toBe('none');
    expect(decide(subject, [earlier, quiet('INC-7', { startedAt: at('05-20'), failureMode: null })]).owed).toBe('none');
  });

  it('ignore the incident itself among the others', () => {
    expect(decide(subject, [subject, quiet('INC-3', { startedAt: at('03-10') })]).owed).toBe('none');
  });

  it('do not apply to an incident without a start, a failure mode or a service', () => {
    const others = [quiet('INC-3', { startedAt: at('03-10') }), quiet('INC-7', { startedAt: at('05-20') })];
    expect(decide({ ...subject, startedAt: null }, others).repeatOf).toEqual([]);
    expect(decide({ ...subject, failureMode: null }, others).repeatOf).toEqual([]);
    expect(decide({ ...subject, services: [] }, others).repeatOf).toEqual([]);
  });

  it('are switched off by a count of 0, false or null', () => {
    const others = [quiet('INC-3', { startedAt: at('03-10') }), quiet('INC-7', { startedAt: at('05-20') })];
    for (const off of ['0', 'false', 'null']) expect(decide(subject, others, readPolicy(`owed:\n  repeats:\n    count: ${off}\n`)).owed).toBe('none');
  });

  it.each([
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [23, '23rd'],
    [24, '24th'],
  ])('number the %d-th incident %s', (nth, ordinal) => {
    const others = Array.from({ length: nth - 1 }, (_, i) => quiet(`INC-${String(i).padStart(2, '0')}`, { startedAt: at('05-01') }));
    expect(decide(subject, others).reasons[0]).toMatch(new RegExp(`^${ordinal} incident `));
  });
});
