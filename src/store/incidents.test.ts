import { describe, expect, it } from 'vitest';
import { forEachEngine, storePerTest } from '../../test/store-engines.js';
import { actors } from '../../test/store-fixtures.js';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../core/errors.js';
import { incidentFactsSchema, type IncidentFacts } from '../core/incident.js';
import type { IncidentDecider, IncidentRecord } from './store.types.js';

/** Facts with every default, and overrides. */
function facts(overrides: Partial<IncidentFacts> = {}): IncidentFacts {
  return { ...incidentFactsSchema.parse({ title: 'Disk full on the log volume' }), ...overrides };
}

/** A decider that owes a full postmortem from the third incident of a failure mode on, and says what it was handed. */
const countingDecider: IncidentDecider = (incident, same) => ({
  owed: same.length >= 2 ? 'full' : 'none',
  reasons: [`${incident.id}: ${same.length} earlier (${same.map((r) => r.id).join(', ')})`],
  repeatOf: same.length >= 2 ? same.map((r) => r.id).reverse() : [],
  policyVersion: 3,
});

forEachEngine((engine) => {
  describe('incidents', () => {
    const store = storePerTest(engine);

    it('numbers incidents, hands the decider the others of the same failure mode, newest first, and keeps its decision', async () => {
      const modeFacts = (startedAt: string) => facts({ failureMode: 'disk-full', services: ['logs'], startedAt });
      const first = await store().createIncident(actors.editor, modeFacts('2024-03-01T10:00:00Z'), countingDecider);
      await store().createIncident(actors.editor, facts({ failureMode: 'cert-expiry' }), countingDecider);
      const third = await store().createIncident(actors.editor, modeFacts('2024-03-09T10:00:00Z'), countingDecider);
      const fourth = await store().createIncident(actors.admin, modeFacts('2024-03-20T10:00:00Z'), countingDecider);
      expect([first.id, third.id, fourth.id]).toEqual(['INC-1', 'INC-3', 'INC-4']);
      expect(third).toMatchObject({ owed: 'none', reasons: ['INC-3: 1 earlier (INC-1)'], policyVersion: 3, version: 1, createdBy: actors.editor.email });
      expect(fourth).toMatchObject({ owed: 'full', reasons: ['INC-4: 2 earlier (INC-3, INC-1)'], repeatOf: ['INC-1', 'INC-3'] });
      expect(await store().getIncident('INC-4')).toEqual(fourth);
      expect((await store().listIncidents({})).items.map((r) => r.id)).toEqual(['INC-4', 'INC-3', 'INC-2', 'INC-1']);
      expect((await store().listIncidents({ owed: 'full' })).items.map((r) => r.id)).toEqual(['INC-4']);
      expect((await store().listIncidents({ failureMode: 'disk-full', from: '2024-03-05T00:00:00Z' })).items.map((r) => r.id)).toEqual(['INC-4', 'INC-3']);
    });

    it('pages the list by number', async () => {
      for (let i = 0; i < 5; i++) await store().createIncident(actors.editor, facts({ title: `Incident ${i}` }), countingDecider);
      const first = await store().listIncidents({}, { limit: 2 });
      const second = await store().listIncidents({}, { limit: 2, cursor: first.nextCursor ?? '' });
      const third = await store().listIncidents({}, { limit: 2, cursor: second.nextCursor ?? '' });
      expect([first, second, third].map((p) => p.items.map((r) => r.id))).toEqual([['INC-5', 'INC-4'], ['INC-3', 'INC-2'], ['INC-1']]);
      expect(third.nextCursor).toBeNull();
      await expect(store().listIncidents({}, { cursor: 'nonsense' })).rejects.toBeInstanceOf(InputError);
    });

    it('decides changed facts again, checks the version, keeps every change in its history, and writes nothing for no change', async () => {
      const created = await store().createIncident(actors.editor, facts(), countingDecider);
      const decideAgain: IncidentDecider = () => ({ owed: 'lightweight', reasons: ['decided again'], repeatOf: [], policyVersion: 4 });
      const changed = await store().updateIncident(actors.editor, created.id, 1, { facts: { ...created.facts, severity: 'SEV3', customerImpactMinutes: 20 } }, decideAgain);
      expect(changed).toMatchObject({ version: 2, owed: 'lightweight', reasons: ['decided again'], policyVersion: 4, facts: { severity: 'SEV3', customerImpactMinutes: 20 } });
      await expect(store().updateIncident(actors.editor, created.id, 1, { facts: { ...created.facts, title: 'Stale' } }, decideAgain)).rejects.toBeInstanceOf(ConflictError);
      const same = await store().updateIncident(actors.editor, created.id, 2, { facts: changed.facts }, () => {
        throw new Error('nothing changed: no decision is needed');
      });
      expect(same.version).toBe(2);
      const linked = await store().updateIncident(actors.editor, created.id, null, { postmortemId: 'pm-1' }, decideAgain);
      expect(linked).toMatchObject({ version: 3, postmortemId: 'pm-1', owed: 'lightweight' });
      expect(await store().incidentOfPostmortem('pm-1')).toEqual(linked);
      expect(await store().incidentOfPostmortem('pm-2')).toBeNull();
      expect((await store().listIncidentRevisions(created.id)).map((r) => [r.number, r.by, r.note])).toEqual([
        [1, actors.editor.email, 'created'],
        [2, actors.editor.email, 'facts: severity, customerImpactMinutes'],
        [3, actors.editor.email, 'postmortem pm-1'],
      ]);
    });

    it('lets editors record, admins alone waive, and viewers only read', async () => {
      await expect(store().createIncident(actors.viewer, facts(), countingDecider)).rejects.toBeInstanceOf(ForbiddenError);
      const created = await store().createIncident(actors.editor, facts(), countingDecider);
      const waiver = { reason: 'a test environment', by: actors.admin.email, at: '2024-03-02T00:00:00.000Z' };
      await expect(store().updateIncident(actors.editor, created.id, null, { waiver }, countingDecider)).rejects.toThrow(/only admins may waive/);
      const waived: IncidentRecord = await store().updateIncident(actors.admin, created.id, null, { waiver }, countingDecider);
      expect(waived.waiver).toEqual(waiver);
      expect((await store().listIncidentRevisions(created.id)).at(-1)?.note).toBe('waived: a test environment');
      await expect(store().getIncident('INC-99')).rejects.toBeInstanceOf(NotFoundError);
      await expect(store().listIncidentRevisions('INC-99')).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  describe('teams and policies', () => {
    const store = storePerTest(engine);

    it('keeps teams by name in any case, for admins to change, audited', async () => {
      await expect(store().putTeam(actors.editor, { name: 'Payments' })).rejects.toBeInstanceOf(ForbiddenError);
      const team = await store().putTeam(actors.admin, { name: 'Payments', lead: 'Lead@Example.com', members: ['b@example.com', 'a@example.com', 'a@example.com'], services: ['payments-api', 'Payments-API', 'ledger'] });
      expect(team).toMatchObject({ name: 'Payments', lead: 'lead@example.com', members: ['a@example.com', 'b@example.com'], services: ['payments-api', 'ledger'] });
      const renamed = await store().putTeam(actors.admin, { name: 'PAYMENTS', members: [] });
      expect(renamed).toMatchObject({ name: 'PAYMENTS', lead: null, members: [], createdAt: team.createdAt });
      expect(await store().getTeam('payments')).toEqual(renamed);
      await expect(store().putTeam(actors.admin, { name: 'Ops', lead: 'not an address' })).rejects.toThrow(/lead/);
      expect((await store().listTeams()).map((t) => t.name)).toEqual(['PAYMENTS']);
      await store().deleteTeam(actors.admin, 'payments');
      await expect(store().getTeam('payments')).rejects.toBeInstanceOf(NotFoundError);
      await expect(store().deleteTeam(actors.admin, 'payments')).rejects.toBeInstanceOf(NotFoundError);
      expect((await store().listAudit({ action: 'team.saved' }, {})).items).toHaveLength(2);
    });

    it('keeps every version of the policy; the highest is in force', async () => {
      expect(await store().currentPolicy()).toBeNull();
      await expect(store().setPolicy(actors.editor, 'owed: {}')).rejects.toBeInstanceOf(ForbiddenError);
      await store().setPolicy(actors.admin, 'deadlines:\n  draft: 12h\n');
      const second = await store().setPolicy(actors.admin, 'deadlines:\n  draft: 36h\n');
      expect(second).toMatchObject({ version: 2, document: 'deadlines:\n  draft: 36h\n', createdBy: actors.admin.email });
      expect(await store().currentPolicy()).toEqual(second);
      expect((await store().listPolicies()).map((p) => p.version)).toEqual([2, 1]);
      expect((await store().listAudit({ action: 'policy.changed' }, {})).items.map((e) => e.target)).toEqual(['policy v2', 'policy v1']);
    });
  });
});
