import { describe, expect, it } from 'vitest';
import type { IncidentFacts } from '../api/types.js';
import { changedFacts, draftOf, emptyDraft, factsOf } from './facts-draft.js';

const recorded: IncidentFacts = {
  ...factsOf(emptyDraft()),
  title: 'Checkout returned 502s',
  severity: 'SEV2',
  startedAt: '2026-03-02T09:10:00Z',
  resolvedAt: '2026-03-02T10:00:00.000Z',
  services: ['checkout-api'],
  customerImpactMinutes: 42,
  source: 'pagerduty',
};

describe('the facts of the incident form', () => {
  it('starts blank, from the web, with nothing known', () => {
    expect(factsOf(emptyDraft())).toMatchObject({ title: '', severity: null, startedAt: null, customerImpactMinutes: null, failureMode: null, source: 'web', escalated: false });
  });

  it('sends empty fields as null, numbers as numbers (the server judges them), and an empty source as the web', () => {
    const draft = { ...emptyDraft(), title: '  Cache blip ', customerImpactMinutes: '1.5', failureMode: ' ', source: '' };
    expect(factsOf(draft)).toMatchObject({ title: 'Cache blip', customerImpactMinutes: 1.5, failureMode: null, source: 'web' });
  });

  it('changes only what was edited: an instant read back to the minute is not a change', () => {
    const draft = draftOf(recorded);
    expect(changedFacts(recorded, factsOf(draft))).toEqual({});
    expect(changedFacts(recorded, factsOf({ ...draft, customerImpactMinutes: '30', teams: ['payments'] }))).toEqual({ customerImpactMinutes: 30, teams: ['payments'] });
    expect(changedFacts(recorded, factsOf({ ...draft, resolvedAt: '' }))).toEqual({ resolvedAt: null });
  });
});
