import { describe, expect, it } from 'vitest';
import { emptyPostmortem } from '../../core/postmortem.js';
import type { Postmortem } from '../../core/postmortem.schema.js';
import { readErrorRate, saysFullOutage } from './error-rate.js';
import { budgetByService, computeImpact } from './impact.js';
import { impactReportSchema } from './impact.schema.js';
import type { Slo } from './slo.js';
import { readSlosFile } from './slos-file.js';

const CHECKOUT: Slo = { service: 'checkout-api', targetPercent: 99.9, windowDays: 30 };

function incident(overrides: { errorRate?: string | null; start?: string | null; mitigated?: string | null; resolved?: string | null; services?: string[]; summary?: string; text?: string }): Postmortem {
  const pm = emptyPostmortem();
  pm.title = 'Checkout errors';
  pm.services = overrides.services ?? ['checkout-api'];
  pm.summary = overrides.summary ?? '';
  pm.impact.text = overrides.text ?? '';
  pm.impact.errorRate = overrides.errorRate === undefined ? '100%' : overrides.errorRate;
  pm.times.startedAt = overrides.start === undefined ? '2024-03-01T14:00:00Z' : overrides.start;
  pm.times.mitigatedAt = overrides.mitigated ?? null;
  pm.times.resolvedAt = overrides.resolved === undefined ? '2024-03-01T14:42:00Z' : overrides.resolved;
  return pm;
}

describe('computeImpact', () => {
  it('counts a full outage minute for minute against the budget, each figure with its inputs', () => {
    const report = computeImpact(incident({}), [CHECKOUT]);
    expect(impactReportSchema.parse(report)).toEqual(report);
    expect(report).toMatchObject({ impactMinutes: 42, errorPercent: 100, badMinutes: 42, assumptions: [], missing: [] });
    const [checkout] = report.services;
    expect(checkout).toMatchObject({ service: 'checkout-api', windowMinutes: 43200, budgetMinutes: 43.2, availabilityPercent: 99.9027, budgetConsumedPercent: 97.3, missing: [] });
    expect(report.inputs.impactMinutes).toBe('times.startedAt 2024-03-01T14:00:00Z (written) to times.resolvedAt 2024-03-01T14:42:00Z (written), whole minutes');
    expect(report.inputs.errorPercent).toBe('impact.errorRate "100%" read as 100%');
    expect(report.inputs.badMinutes).toBe('42 impact minutes × 100% errors');
    expect(report.inputs.rounding).toContain('rounded down');
    expect(checkout?.inputs.windowMinutes).toBe('30 days × 1440 (SLO of checkout-api: 99.9% over 30 days)');
    expect(checkout?.inputs.budgetConsumedPercent).toBe('100% × 42 bad minutes / 43.2 budget minutes');
  });

  it('weighs a partial outage by its error rate', () => {
    const report = computeImpact(incident({ errorRate: '0.5% of checkouts', resolved: '2024-03-01T18:00:00Z' }), [CHECKOUT]);
    expect(report).toMatchObject({ impactMinutes: 240, errorPercent: 0.5, badMinutes: 1.2 });
    expect(report.services[0]).toMatchObject({ budgetConsumedPercent: 2.8, availabilityPercent: 99.9972 });
  });

  it('reports consumption above 100% when one incident overspends the budget', () => {
    const report = computeImpact(incident({ resolved: '2024-03-01T16:00:00Z' }), [CHECKOUT]);
    expect(report.services[0]?.budgetConsumedPercent).toBe(277.8);
    expect(report.services[0]?.availabilityPercent).toBe(99.7222);
  });

  it('takes the start and end from the timeline when the key times are empty, and names the events', () => {
    const pm = incident({ start: null, resolved: null });
    pm.timeline = [
      { at: '2024-03-01T09:00:00Z', written: '09:00', approximate: false, text: 'OUTAGE BEGINS', actor: null, kind: null, source: null },
      { at: '2024-03-01T09:30:00Z', written: '09:30', approximate: false, text: 'Rolled back', actor: null, kind: 'mitigation', source: null },
    ];
    const report = computeImpact(pm, [CHECKOUT]);
    expect(report.impactMinutes).toBe(30);
    expect(report.inputs.impactMinutes).toBe(
      'times.startedAt 2024-03-01T09:00:00Z (from timeline event 0: "OUTAGE BEGINS") to times.mitigatedAt 2024-03-01T09:30:00Z (from timeline event 1: "Rolled back"), whole minutes (no resolution time, so impact is counted to mitigation)',
    );
  });

  it('assumes a full outage from the prose when the error rate is empty, and says so', () => {
    const report = computeImpact(incident({ errorRate: null, summary: 'Checkout was down for 42 minutes.' }), [CHECKOUT]);
    expect(report.errorPercent).toBe(100);
    expect(report.assumptions).toEqual([expect.stringContaining('the summary describes an outage, so every request is assumed to have failed (100%)')]);
    expect(report.inputs.errorPercent).toBe('assumed 100% (full outage described in the summary)');
  });

  it('names what is missing instead of guessing: the error rate, the duration, an SLO', () => {
    const partial = computeImpact(incident({ errorRate: null, text: 'A partial outage: 18% of checkout requests failed.' }), [CHECKOUT]);
    expect(partial.badMinutes).toBeNull();
    expect(partial.missing).toEqual(['impact.errorRate: write the share of requests that failed, e.g. "12%" or "all requests" (the prose mentions "18%")']);
    expect(partial.services[0]).toMatchObject({ budgetMinutes: 43.2, budgetConsumedPercent: null, availabilityPercent: null });

    const noEnd = computeImpact(incident({ resolved: null }), [CHECKOUT]);
    expect(noEnd.missing).toEqual(['times.resolvedAt (or times.mitigatedAt): write when impact ended']);

    const unreadable = computeImpact(incident({ errorRate: 'quite a lot' }), [CHECKOUT]);
    expect(unreadable.missing[0]).toMatch(/^impact\.errorRate "quite a lot" gives no rate/);

    const noSlo = computeImpact(incident({ services: ['search'] }), [CHECKOUT]);
    expect(noSlo.services[0]).toMatchObject({ service: 'search', slo: null, budgetConsumedPercent: null, missing: ['an SLO for search: debrief slo set search --target 99.9 --window 30d (or an entry in slos.yaml)'] });

    expect(computeImpact(incident({ services: [] }), [CHECKOUT]).missing).toEqual(['services: list the services the incident affected']);
  });

  it('matches SLOs to services in any case and lists each service once', () => {
    const report = computeImpact(incident({ services: ['Checkout-API', 'checkout-api '] }), [CHECKOUT]);
    expect(report.services).toHaveLength(1);
    expect(report.services[0]?.slo).toEqual(CHECKOUT);
  });

  it('keeps the SLA figures as written, apart from the arithmetic', () => {
    const pm = incident({});
    pm.impact.slaTarget = '99.95%';
    pm.impact.slaAchieved = '99.91%';
    expect(computeImpact(pm, []).sla).toEqual({ target: '99.95%', achieved: '99.91%' });
  });
});

describe('readErrorRate', () => {
  it.each([
    ['12%', 0.12],
    ['0.5% of checkouts', 0.005],
    ['12,5 %', 0.125],
    ['rose from 5% to 40%', 0.4],
    ['all requests', 1],
    ['Total outage', 1],
    ['1 in 20 requests', 0.05],
    ['3,400 of 10,000 orders', 0.34],
    ['none', 0],
  ])('reads %j as %d', (text, fraction) => {
    expect(readErrorRate(text)?.fraction).toBeCloseTo(fraction, 10);
  });

  it('says which of several percentages it took', () => {
    expect(readErrorRate('rose from 5% to 40%')?.how).toBe('"rose from 5% to 40%" read as 40%, the largest of 2 percentages written');
  });

  it('gives nothing for text with no rate', () => {
    expect(readErrorRate('elevated')).toBeNull();
    expect(readErrorRate('many users')).toBeNull();
  });

  it('tells a full outage from a partial one', () => {
    expect(saysFullOutage('The API was down')).toBe(true);
    expect(saysFullOutage('A partial outage of search')).toBe(false);
    expect(saysFullOutage('Latency was elevated')).toBe(false);
  });
});

describe('budgetByService', () => {
  it('sums bad minutes per service over many postmortems, largest share first, counting what it could not measure', () => {
    const search: Slo = { service: 'search', targetPercent: 99.5, windowDays: 28 };
    const rows = [
      incident({}),
      incident({ errorRate: '50%', services: ['checkout-api', 'search'] }),
      incident({ errorRate: null, services: ['search'] }),
      incident({ services: ['billing'] }),
    ];
    expect(budgetByService(rows, [CHECKOUT, search])).toEqual([
      { service: 'checkout-api', slo: CHECKOUT, incidents: 2, unmeasured: 0, badMinutes: 63, budgetMinutes: 43.2, consumedPercent: 145.9 },
      { service: 'search', slo: search, incidents: 2, unmeasured: 1, badMinutes: 21, budgetMinutes: 201.6, consumedPercent: 10.5 },
      { service: 'billing', slo: null, incidents: 1, unmeasured: 0, badMinutes: 42, budgetMinutes: null, consumedPercent: null },
    ]);
  });
});

describe('readSlosFile', () => {
  it('reads one SLO per service, windows in days or weeks', () => {
    expect(readSlosFile('slos.yaml', 'checkout-api:\n  target: 99.9\n  window: 30d\nsearch: { target: 99.5, window: 4w }\n')).toEqual([
      CHECKOUT,
      { service: 'search', targetPercent: 99.5, windowDays: 28 },
    ]);
    expect(readSlosFile('slos.yaml', '')).toEqual([]);
  });

  it.each([
    ['checkout-api:\n  target: 100\n  window: 30d\n', 'slos.yaml:2: checkout-api.target: must be below 100: a 100% target leaves no error budget'],
    ['checkout-api:\n  target: 0.999\n  window: 30d\n', 'slos.yaml:2: checkout-api.target: is a percentage: write 99.9 for 99.9%, not 0.999'],
    ['# SLOs\ncheckout-api:\n  target: 99.9\n  window: a month\n', 'slos.yaml:4: checkout-api.window: "a month" is not a window: write days such as 30d, or weeks such as 4w'],
    ['checkout-api:\n  target: 99.9\n  window: 30d\n  owner: sre\n', 'slos.yaml:4: checkout-api.owner: is not a field of an SLO (target, window)'],
    ['checkout-api: [1, 2\n', 'slos.yaml:2: cannot be read as YAML'],
    ['search:\n  target: 99.5\n  windw: 4w\n', 'slos.yaml:1: search.window: is missing: write e.g. window: 30d; slos.yaml:3: search.windw: is not a field of an SLO (target, window)'],
  ])('refuses %j naming file, line and field', (text, message) => {
    expect(() => readSlosFile('slos.yaml', text)).toThrow(message);
  });
});
