import { describe, expect, it } from 'vitest';
import { serverPerFile } from '../../../test/server-harness.js';
import { forEachEngine } from '../../../test/store-engines.js';

const HOUR = 3_600_000;
const RESOLVED = '2026-03-02T10:00:00.000Z';

forEachEngine((engine) => {
  describe('incidents and the owed-postmortem policy', () => {
    // The store's clock, moved by the tests: deadlines are read against it.
    let now = Date.parse(RESOLVED) + HOUR;
    const server = serverPerFile(engine, {}, { clock: () => now });

    const record = async (facts: object, who: 'editor' | 'admin' = 'editor') => {
      const response = await server().call(who, 'POST', '/api/v1/incidents', { json: facts });
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as Record<string, unknown> & { id: string; version: number; postmortemId: string | null; reasons: string[]; deadlines: Record<string, { at: string | null; state: string }> | null };
    };
    const read = async (id: string) => (await server().call('viewer', 'GET', `/api/v1/incidents/${id}`)).json();

    it('owes a full postmortem for 42 minutes of SEV2 customer impact, drafts it at once, and times its deadlines from the resolution', async () => {
      now = Date.parse(RESOLVED) + HOUR;
      const incident = await record({ title: 'Checkout returned 502s', severity: 'SEV2', startedAt: '2026-03-02T09:10:00Z', resolvedAt: '2026-03-02T10:00:00Z', services: ['checkout-api'], teams: ['payments'], customerImpactMinutes: 42 });
      expect(incident).toMatchObject({ owed: 'full', policyVersion: 0, waiver: null, version: 2 });
      expect(incident.reasons).toContain('customer-visible impact 42 min ≥ 15 min');
      expect(incident.deadlines).toEqual({
        draftBy: { at: '2026-03-03T10:00:00.000Z', state: 'pending' },
        meetingBy: { at: '2026-03-04T10:00:00.000Z', state: 'pending' },
        publishBy: { at: '2026-03-05T10:00:00.000Z', state: 'pending' },
      });
      const draft = (await server().call('editor', 'GET', `/api/v1/postmortems/${incident.postmortemId}`)).json();
      expect(draft).toMatchObject({ title: 'Checkout returned 502s', severity: 'SEV2', kind: 'full', status: 'draft', services: ['checkout-api'], teams: ['payments'], restricted: false, times: { startedAt: '2026-03-02T09:10:00Z', resolvedAt: '2026-03-02T10:00:00Z' } });

      now = Date.parse('2026-03-03T07:00:00Z');
      expect((await read(incident.id)).deadlines.draftBy.state).toBe('due_soon');
      now = Date.parse('2026-03-03T11:00:00Z');
      expect((await read(incident.id)).deadlines).toMatchObject({ draftBy: { state: 'late' }, meetingBy: { state: 'pending' } });
      // Writing the summary drafts it.
      const current = await server().call('editor', 'GET', `/api/v1/postmortems/${incident.postmortemId}`);
      const patched = await server().call('editor', 'PATCH', `/api/v1/postmortems/${incident.postmortemId}`, { json: { summary: 'Checkout failed for 42 minutes.' }, headers: { 'if-match': current.headers.etag as string } });
      expect(patched.statusCode, patched.body).toBe(200);
      expect((await read(incident.id)).deadlines).toMatchObject({ draftBy: { state: 'met' }, meetingBy: { state: 'pending' }, publishBy: { state: 'pending' } });
      now = Date.parse('2026-03-06T00:00:00Z');
      expect((await read(incident.id)).deadlines).toMatchObject({ draftBy: { state: 'met' }, meetingBy: { state: 'late' }, publishBy: { state: 'late' } });
    });

    it('owes nothing for a three-minute auto-resolved blip, and says why', async () => {
      const incident = await record({ title: 'Cache blip', severity: 'SEV4', startedAt: '2026-03-02T09:00:00Z', resolvedAt: '2026-03-02T09:03:00Z', customerImpactMinutes: 0, autoResolved: true });
      expect(incident).toMatchObject({ owed: 'none', postmortemId: null, deadlines: null, version: 1 });
      expect(incident.reasons.length).toBeGreaterThan(0);
      expect(incident.reasons.join('; ')).toMatch(/auto-resolved/);
    });

    it('drafts a restricted postmortem for a security exposure', async () => {
      const incident = await record({ title: 'API key in a public repository', severity: 'SEV3', securityExposure: true });
      expect(incident.owed).toBe('lightweight');
      expect((await server().call('editor', 'GET', `/api/v1/postmortems/${incident.postmortemId}`)).json()).toMatchObject({ restricted: true, kind: 'lightweight' });
      // Only its members and admins see it: the viewer does not.
      expect((await server().call('viewer', 'GET', `/api/v1/postmortems/${incident.postmortemId}`)).statusCode).toBe(404);
    });

    it('shows a security incident in full only to admins, its recorder and readers of its postmortem; others get it redacted in lists and not at all by id', async () => {
      now = Date.parse(RESOLVED) + HOUR;
      const secret = 'Signing key pushed to a public repository';
      const incident = await record({ title: secret, severity: 'SEV2', resolvedAt: RESOLVED, services: ['signing-svc'], teams: ['identity'], failureMode: 'key-leak', securityExposure: true });
      expect(incident).toMatchObject({ title: secret, redacted: false, owed: 'full' });
      const url = `/api/v1/incidents/${incident.id}`;
      const listed = async (who: 'viewer' | 'member' | 'admin', query = '') => {
        const response = await server().call(who, 'GET', `/api/v1/incidents?limit=500${query}`);
        return { body: response.body, item: (response.json().items as { id: string }[]).find((i) => i.id === incident.id) };
      };

      // A reader who may not read its restricted postmortem: counted, with what it owes and its deadlines, nothing more.
      const seen = await listed('viewer');
      expect(seen.item).toMatchObject({ title: 'Restricted incident', redacted: true, severity: 'SEV2', owed: 'full', services: [], teams: [], failureMode: null, reasons: [], repeatOf: [], postmortemId: null, securityExposure: true });
      expect(seen.item).toMatchObject({ deadlines: { draftBy: { at: '2026-03-03T10:00:00.000Z', state: 'pending' } } });
      for (const leak of [secret, 'signing-svc', 'identity', 'key-leak', incident.postmortemId as string]) expect(seen.body).not.toContain(leak);
      expect((await listed('viewer', '&failureMode=key-leak')).item).toBeUndefined();
      for (const path of [url, `${url}/revisions`]) expect((await server().call('viewer', 'GET', path)).statusCode).toBe(404);
      const missing = await server().call('member', 'GET', url);
      expect(missing.statusCode).toBe(404);
      expect(missing.json().error.message).toBe((await server().call('member', 'GET', '/api/v1/incidents/INC-99999')).json().error.message.replace('INC-99999', incident.id));
      expect((await server().call('member', 'PATCH', url, { json: { title: 'x' }, headers: { 'if-match': `"${incident.version}"` } })).statusCode).toBe(404);
      expect((await server().call('viewer', 'POST', '/api/v1/policy/check', { json: { incidentId: incident.id } })).statusCode).toBe(404);
      const dashboard = await server().call('viewer', 'GET', '/api/v1/dashboard');
      expect(dashboard.json().owed.find((o: { incident: { id: string } }) => o.incident.id === incident.id)).toMatchObject({ incident: { title: 'Restricted incident', redacted: true } });
      for (const leak of [secret, 'key-leak']) expect(dashboard.body).not.toContain(leak);
      expect((await server().call('viewer', 'GET', '/api/v1/digest')).body).not.toContain(secret);

      // Its recorder (a member of the postmortem) and admins read it in full, and find it by its failure mode.
      expect((await server().call('editor', 'GET', url)).json()).toMatchObject({ title: secret, services: ['signing-svc'], redacted: false });
      expect((await listed('admin', '&failureMode=key-leak')).item).toMatchObject({ title: secret, postmortemId: incident.postmortemId, redacted: false });
      expect((await server().call('admin', 'GET', '/api/v1/dashboard')).body).toContain(secret);

      // Made a member of the postmortem, another editor reads it too.
      const pm = `/api/v1/postmortems/${incident.postmortemId}`;
      const read = await server().call('editor', 'GET', pm);
      const shared = await server().call('editor', 'PATCH', pm, { json: { members: ['member@example.com'] }, headers: { 'if-match': read.headers.etag as string } });
      expect(shared.statusCode, shared.body).toBe(200);
      expect((await server().call('member', 'GET', url)).json()).toMatchObject({ title: secret, reasons: expect.arrayContaining(['security exposure']) });
      expect((await listed('member')).item).toMatchObject({ title: secret, redacted: false });
      expect((await listed('viewer')).item).toMatchObject({ redacted: true });
    });

    it('never names a security incident as the earlier incident of a repeat to someone who may not read it', async () => {
      const facts = (day: string, extra: object = {}) => ({ title: `Vault token leaked ${day}`, severity: 'SEV4', startedAt: `${day}T08:00:00Z`, resolvedAt: `${day}T08:02:00Z`, services: ['vault'], failureMode: 'token-leak', customerImpactMinutes: 0, ...extra });
      const secret = await record(facts('2026-02-01', { securityExposure: true }), 'admin');
      const second = await record(facts('2026-02-10'));
      const third = await record(facts('2026-02-20'));
      // The decision counts it (a full postmortem is owed), but the editor is told only of what they may read.
      expect(third).toMatchObject({ owed: 'full', repeatOf: [second.id] });
      expect(third.reasons[0]).toBe(`3rd incident with failure mode token-leak on vault within 90 days (a restricted incident, ${second.id})`);
      expect((await server().call('editor', 'GET', `/api/v1/incidents/${third.id}`)).json()).toMatchObject({ repeatOf: [second.id] });
      const check = await server().call('viewer', 'POST', '/api/v1/policy/check', { json: { incident: facts('2026-02-25') } });
      expect(check.statusCode, check.body).toBe(200);
      expect(check.json()).toMatchObject({ owed: 'full', repeatOf: [second.id, third.id] });
      expect(check.body).not.toContain(`${secret.id},`);
      expect(check.body).not.toContain(`"${secret.id}"`);
      // An admin sees all of it.
      expect((await server().call('admin', 'GET', `/api/v1/incidents/${third.id}`)).json()).toMatchObject({ repeatOf: [secret.id, second.id] });
    });

    it('owes a full postmortem on the third incident of one failure on one service within 90 days, linking all three', async () => {
      const repeat = (day: string) => record({ title: `Disk full ${day}`, severity: 'SEV4', startedAt: `${day}T08:00:00Z`, resolvedAt: `${day}T08:02:00Z`, services: ['ledger'], failureMode: 'disk-full', customerImpactMinutes: 0 });
      const first = await repeat('2026-01-10');
      const second = await repeat('2026-02-01');
      expect([first.owed, second.owed]).toEqual(['none', 'none']);
      const third = await repeat('2026-03-01');
      expect(third).toMatchObject({ owed: 'full', repeatOf: [first.id, second.id] });
      expect(third.reasons[0]).toMatch(new RegExp(`3rd incident with failure mode disk-full on ledger within 90 days \\(${first.id}, ${second.id}\\)`));
      const draft = (await server().call('editor', 'GET', `/api/v1/postmortems/${third.postmortemId}`)).json();
      expect(draft.kind).toBe('full');
      expect((await read(first.id)).postmortemId).toBe(third.postmortemId);
      expect((await read(second.id)).postmortemId).toBe(third.postmortemId);
      // Outside the window it starts counting again.
      const later = await repeat('2026-09-01');
      expect(later.owed).toBe('none');
    });

    it('changes facts only with the version read, decides them again, and refuses bad fields with their path', async () => {
      const incident = await record({ title: 'Slow search', severity: 'SEV3', customerImpactMinutes: 0, resolvedAt: '2026-03-02T10:00:00Z' });
      expect(incident.owed).toBe('none');
      const url = `/api/v1/incidents/${incident.id}`;
      expect((await server().call('editor', 'PATCH', url, { json: { customerImpactMinutes: 30 } })).statusCode).toBe(428);
      const stale = await server().call('editor', 'PATCH', url, { json: { customerImpactMinutes: 30 }, headers: { 'if-match': '"9"' } });
      expect(stale.statusCode).toBe(412);
      const bad = await server().call('editor', 'PATCH', url, { json: { customerImpactMinutes: -3 }, headers: { 'if-match': `"${incident.version}"` } });
      expect(bad.statusCode).toBe(422);
      expect(bad.json().error.details).toEqual([expect.objectContaining({ path: 'customerImpactMinutes' })]);
      const unknown = await server().call('editor', 'PATCH', url, { json: { impact: 30 }, headers: { 'if-match': `"${incident.version}"` } });
      expect(unknown.statusCode).toBe(422);
      const changed = await server().call('editor', 'PATCH', url, { json: { customerImpactMinutes: 30 }, headers: { 'if-match': `"${incident.version}"` } });
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.json()).toMatchObject({ owed: 'lightweight', customerImpactMinutes: 30, postmortemId: expect.any(String) });
      expect(changed.headers.etag).toBe(`"${changed.json().version}"`);
      const history = (await server().call('viewer', 'GET', `${url}/revisions`)).json().items.map((r: { note: string }) => r.note);
      expect(history).toEqual(['created', 'facts: customerImpactMinutes', expect.stringMatching(/^postmortem .* drafted \(lightweight\)$/)]);
      expect((await server().call('viewer', 'PATCH', url, { json: { title: 'x' }, headers: { 'if-match': '"1"' } })).statusCode).toBe(403);
      expect((await server().call('viewer', 'POST', '/api/v1/incidents', { json: { title: 'x' } })).statusCode).toBe(403);
      expect((await server().call('editor', 'POST', '/api/v1/incidents', { json: { severity: 'SEV9' } })).statusCode).toBe(422);
    });

    it('lets an admin waive an owed postmortem with a reason, recorded and audited, and withdraw the waiver', async () => {
      const incident = await record({ title: 'Staging outage', severity: 'SEV2', escalated: true, resolvedAt: '2026-03-02T10:00:00Z' });
      const url = `/api/v1/incidents/${incident.id}/waiver`;
      expect((await server().call('editor', 'POST', url, { json: { reason: 'staging only' } })).statusCode).toBe(403);
      expect((await server().call('admin', 'POST', url, { json: {} })).statusCode).toBe(422);
      const waived = await server().call('admin', 'POST', url, { json: { reason: 'staging only, no customers' } });
      expect(waived.statusCode, waived.body).toBe(200);
      expect(waived.json()).toMatchObject({ owed: 'full', waiver: { reason: 'staging only, no customers', by: 'admin@example.com' }, deadlines: null });
      expect((await server().call('admin', 'GET', `/api/v1/audit?action=incident.waived`)).json().items).toMatchObject([{ target: incident.id, details: { reason: 'staging only, no customers' } }]);
      const withdrawn = await server().call('admin', 'DELETE', url);
      expect(withdrawn.json()).toMatchObject({ waiver: null, deadlines: { draftBy: { at: expect.any(String) } } });
    });

    it('lists incidents newest first, filtered by what they owe', async () => {
      const all = (await server().call('viewer', 'GET', '/api/v1/incidents?limit=500')).json().items as { id: string; number: number; owed: string }[];
      expect(all.map((i) => i.number)).toEqual([...all.map((i) => i.number)].sort((a, b) => b - a));
      const none = (await server().call('viewer', 'GET', '/api/v1/incidents?owed=none')).json().items as { owed: string }[];
      expect(none.length).toBeGreaterThan(0);
      expect(none.every((i) => i.owed === 'none')).toBe(true);
      expect((await server().call('viewer', 'GET', '/api/v1/incidents?owed=maybe')).statusCode).toBe(422);
      expect((await server().call('viewer', 'GET', '/api/v1/incidents/INC-9999')).statusCode).toBe(404);
    });

    it('keeps the policy in force when a new one is wrong, saying which line and field; a good one decides what comes next', async () => {
      const before = (await server().call('viewer', 'GET', '/api/v1/policy')).json();
      expect(before).toMatchObject({ version: 0, createdBy: null });
      const wrong = await server().call('admin', 'PUT', '/api/v1/policy', { json: { document: 'owed:\n  triggers:\n    customerImpactMinutes: lots\n' } });
      expect(wrong.statusCode).toBe(422);
      expect(wrong.json().error.details).toEqual([expect.objectContaining({ path: 'owed.triggers.customerImpactMinutes', line: 3 })]);
      expect((await server().call('viewer', 'GET', '/api/v1/policy')).json().version).toBe(0);
      expect((await server().call('editor', 'PUT', '/api/v1/policy', { json: { document: 'owed: {}\n' } })).statusCode).toBe(403);
      const set = await server().call('admin', 'PUT', '/api/v1/policy', { json: { document: 'owed:\n  triggers:\n    customerImpactMinutes: 60\n' } });
      expect(set.statusCode, set.body).toBe(200);
      expect(set.json()).toMatchObject({ version: 1, createdBy: 'admin@example.com', policy: { owed: { triggers: { customerImpactMinutes: 60 } } } });
      const incident = await record({ title: 'Slow checkout', severity: 'SEV2', customerImpactMinutes: 42 });
      expect(incident).toMatchObject({ owed: 'none', policyVersion: 1 });
      const check = await server().call('viewer', 'POST', '/api/v1/policy/check', { json: { incident: { title: 'What if', severity: 'SEV2', customerImpactMinutes: 90 } } });
      expect(check.json()).toMatchObject({ owed: 'full', policyVersion: 1, reasons: expect.arrayContaining(['customer-visible impact 90 min ≥ 60 min']) });
      const tried = await server().call('viewer', 'POST', '/api/v1/policy/check', { json: { incidentId: incident.id, document: 'owed:\n  triggers:\n    customerImpactMinutes: 30\n' } });
      expect(tried.json()).toMatchObject({ owed: 'full', policyVersion: null });
      expect((await server().call('viewer', 'GET', '/api/v1/policy/versions')).json().items.map((v: { version: number }) => v.version)).toEqual([1]);
      expect((await server().call('viewer', 'GET', '/api/v1/policy/schema')).json()).toMatchObject({ type: 'object', properties: { owed: expect.any(Object), deadlines: expect.any(Object) } });
    });

    it('keeps teams for admins to set', async () => {
      expect((await server().call('editor', 'PUT', '/api/v1/teams/Payments', { json: { lead: 'ana@example.com' } })).statusCode).toBe(403);
      const put = await server().call('admin', 'PUT', '/api/v1/teams/Payments', { json: { lead: 'ana@example.com', members: ['bo@example.com'], services: ['checkout-api'] } });
      expect(put.statusCode, put.body).toBe(200);
      expect((await server().call('viewer', 'GET', '/api/v1/teams')).json().items).toMatchObject([{ name: 'Payments', lead: 'ana@example.com', members: ['bo@example.com'], services: ['checkout-api'] }]);
      expect((await server().call('admin', 'PUT', '/api/v1/teams/Ops', { json: { lead: 'nobody' } })).statusCode).toBe(422);
      expect((await server().call('admin', 'DELETE', '/api/v1/teams/payments')).statusCode).toBe(204);
      expect((await server().call('viewer', 'GET', '/api/v1/teams/payments')).statusCode).toBe(404);
    });
  });
});
