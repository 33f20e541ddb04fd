import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_SOURCE } from '../../test/server-harness.js';
import { engineNames, forEachEngine, useEngines } from '../../test/store-engines.js';
import { actors, samplePostmortem } from '../../test/store-fixtures.js';
import { InputError } from '../core/errors.js';
import { incidentFactsSchema } from '../core/incident.js';
import type { Store } from './store.types.js';

/** Fills a store with a bit of everything a dump carries. */
async function seed(store: Store): Promise<void> {
  await store.createUser({ email: 'ada@example.com', name: 'Ada', role: 'admin', password: 'correct horse battery' }, TEST_SOURCE);
  await store.createUser({ email: 'ed@example.com', role: 'editor', password: 'battery staple horse' }, TEST_SOURCE);
  await store.createToken('ed@example.com', { name: 'ci' }, TEST_SOURCE);
  await store.signInWithIdentity({ issuer: 'https://login.example.com', subject: 'ada-1', email: 'ada@example.com', emailVerified: true, name: null, role: null }, 'viewer', { ip: '127.0.0.1', via: 'api' });
  await store.setSignInSettings({ localPasswords: false }, TEST_SOURCE);
  const first = await store.createPostmortem(actors.editor, samplePostmortem({ id: 'INC-1', tags: ['Deploy', 'ünïcode'] }));
  await store.updatePostmortem(actors.member, 'INC-1', 1, { ...first.postmortem, title: 'Checkout down', status: 'in_review' }, { note: 'retitled' });
  await store.setActionItemStatus(actors.editor, 'INC-1', 'AI-1', 'done');
  await store.addComment(actors.editor, 'INC-1', { body: 'Line one\nline "two" \u2014 done' });
  await store.recordApproval(actors.member, 'INC-1', 3, 'a'.repeat(64));
  await store.createPostmortem(actors.editor, samplePostmortem({ id: 'SEC-1', title: 'Leaked key', restricted: true }), ['sec@example.com']);
  await store.createPostmortem(actors.editor, samplePostmortem({ title: 'Generated id' }));
  await store.setPolicy(actors.admin, 'deadlines:\n  draft: 12h\n');
  await store.putTeam(actors.admin, { name: 'Payments', lead: 'ada@example.com', members: ['ed@example.com'], services: ['checkout-api'] });
  await store.putSlo(actors.admin, { service: 'checkout-api', targetPercent: 99.95, windowDays: 28 });
  await store.createChannel(actors.admin, 'team:Payments', { name: 'Payments hook', kind: 'webhook', url: 'https://hooks.example.com/debrief' });
  const decide = () => ({ owed: 'full' as const, reasons: ['SLA breached'], repeatOf: [], policyVersion: 1 });
  const incident = await store.createIncident(actors.editor, incidentFactsSchema.parse({ title: 'Checkout down', slaBreached: true, services: ['checkout-api'] }), decide);
  await store.updateIncident(actors.admin, incident.id, 1, { postmortemId: 'INC-1', waiver: { reason: 'covered elsewhere', by: actors.admin.email, at: '2024-03-02T00:00:00.000Z' } }, decide);
  await store.fileTicket({ postmortemId: 'INC-1', itemKey: 'AI-1', integrationId: 'int-tracker', draft: { title: 'Fail the deploy', description: 'Why: …', assigneeEmail: null, due: null, priority: 'P1' }, filedBy: 'ed@example.com' });
}

/** The dump of a store as an array of lines. */
async function dumpLines(store: Store): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of store.dump()) lines.push(line);
  return lines;
}

async function* iterate(lines: string[]): AsyncGenerator<string> {
  yield* lines;
}

forEachEngine((engine) => {
  let source: Store;
  let dumped: string[];
  beforeAll(async () => {
    source = await engine.openStore();
    await seed(source);
    dumped = await dumpLines(source);
  });

  it('writes a header, then the tables in order, one row per line', () => {
    expect(JSON.parse(dumped[0]!)).toEqual({ format: 'debrief-dump', version: 1 });
    const tables = dumped.slice(1).map((line) => (JSON.parse(line) as { table: string }).table);
    expect(tables).toEqual(['users', 'users', 'api_tokens', 'oidc_identities', 'postmortems', 'postmortems', 'postmortems', ...Array(4).fill('postmortem_members'), ...Array(5).fill('revisions'), 'comments', 'approvals', ...Array(6).fill('action_item_times'), 'policies', 'teams', 'service_slos', 'channels', 'instance_settings', 'incidents', 'incident_revisions', 'incident_revisions', 'tracker_tickets', ...Array(9).fill('audit_events')]);
    expect(dumped.every((line) => !line.includes('\n'))).toBe(true);
  });

  it('restores into an empty database losslessly: the same dump, and everything works', async () => {
    const target = await engine.openStore();
    expect(await target.restore(iterate(dumped))).toEqual({ postmortems: 3, users: 2 });
    expect(await dumpLines(target)).toEqual(dumped);
    expect(await target.verifyPassword('ada@example.com', 'correct horse battery')).toMatchObject({ ok: true, user: { role: 'admin' } });
    expect(await target.listChannels()).toEqual(await source.listChannels());
    expect((await target.listAudit({}, {})).items.map((e) => e.action)).toEqual(['channel.saved', 'slo.saved', 'team.saved', 'policy.changed', 'settings.changed', 'user.identity_linked', 'token.created', 'user.created', 'user.created']);
    expect(await target.getSignInSettings()).toEqual({ localPasswords: false });
    const linked = await target.signInWithIdentity({ issuer: 'https://login.example.com', subject: 'ada-1', email: null, emailVerified: null, name: null, role: null }, 'viewer', { via: 'api' });
    expect(linked).toMatchObject({ ok: true, outcome: 'signed_in', user: { email: 'ada@example.com' } });
    expect(await target.getIncident('INC-1')).toEqual(await source.getIncident('INC-1'));
    expect((await target.listIncidentRevisions('INC-1')).map((r) => r.note)).toEqual(['created', 'postmortem INC-1; waived: covered elsewhere']);
    expect(await target.getTeam('payments')).toEqual(await source.getTeam('payments'));
    expect(await target.listSlos()).toEqual(await source.listSlos());
    expect(await target.currentPolicy()).toEqual(await source.currentPolicy());
    expect((await target.listPostmortems(actors.viewer, { q: 'checkout down' }, { limit: 10 })).items.map((p) => p.id)).toEqual(['INC-1']);
    expect((await target.listPostmortems(actors.viewer, { tag: 'ÜNÏCODE' }, { limit: 10 })).items.map((p) => p.id)).toEqual(['INC-1']);
    expect((await target.listActionItems(actors.viewer, { status: 'done' })).items).toHaveLength(1);
    await expect(target.getPostmortem({ userId: 'u-sec', email: 'sec@example.com', role: 'viewer' }, 'SEC-1')).resolves.toMatchObject({ id: 'SEC-1' });
    await expect(target.getPostmortem(actors.viewer, 'SEC-1')).rejects.toThrow(/not found/);
    expect((await target.listRevisions(actors.viewer, 'INC-1')).map((r) => r.note)).toEqual(['created', 'retitled', 'action item AI-1: open -> done']);
    expect(await target.listApprovals(actors.viewer, 'INC-1')).toMatchObject([{ by: { email: actors.member.email }, version: 3, contentKey: 'a'.repeat(64) }]);
  });

  it('refuses a database that is not empty, saying so', async () => {
    await expect(source.restore(iterate(dumped))).rejects.toThrow('the database is not empty (2 users, 3 postmortems); restore only into a new, empty database');
  });

  // The message of each case; `last` stands for the number of the broken input's last line.
  const broken: [string, (lines: string[]) => string[], string][] = [
    ['an empty input', () => [], 'line 1: the dump is empty'],
    ['a missing header', (l) => l.slice(1), 'line 1: not a Debrief dump'],
    ['a newer format', (l) => ['{"format":"debrief-dump","version":2}', ...l.slice(1)], 'line 1: dump format version 2 is not one this Debrief reads'],
    ['a line that is not JSON', (l) => [...l.slice(0, 5), '{oops', ...l.slice(5)], 'line 6: not valid JSON'],
    ['an unknown table', (l) => [...l, '{"table":"secrets","row":{}}'], 'line last: table: '],
    ['an invalid document', (l) => l.map((line) => line.replace('"severity":"SEV2"', '"severity":"SEV7"')), 'line 6: row.document: invalid postmortem: severity: '],
    ['a reference to a later row', (l) => [l[0]!, ...l.slice(3)], 'line 2: refers to user'],
    ['a duplicate row', (l) => [...l.slice(0, 2), l[1]!, ...l.slice(2)], 'line 3: a users row with the same key'],
    ['tables out of order', (l) => [...l, l[1]!], 'line last: a users row after audit_events rows'],
  ];
  it.each(broken)('refuses %s with the line number, and keeps nothing', async (_what, breakIt, message) => {
    const target = await engine.openStore();
    const input = breakIt(dumped);
    const attempt = target.restore(iterate(input));
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toThrow(message.replace('line last', `line ${input.length}`));
    expect(await target.countUsers()).toBe(0);
    expect((await target.listPostmortems(actors.admin, {}, { limit: 10 })).items).toEqual([]);
    await target.restore(iterate(dumped));
    expect(await dumpLines(target)).toEqual(dumped);
  });

  it('refuses a NUL character (PostgreSQL cannot store one) with the line and the field, and keeps nothing', async () => {
    const target = await engine.openStore();
    const at = dumped.findIndex((line) => line.includes('"title":"Checkout down"'));
    const input = dumped.map((line, i) => (i === at ? line.replace('"title":"Checkout down"', '"title":"Checkout\\u0000down"') : line));
    await expect(target.restore(iterate(input))).rejects.toThrow(`line ${at + 1}: row.document.title: must not contain NUL (U+0000) characters`);
    expect(await target.countUsers()).toBe(0);
  });
});

if (engineNames.includes('postgres')) describe('moving between engines', () => {
  const engines = useEngines();

  it.each([
    ['sqlite', 'postgres'],
    ['postgres', 'sqlite'],
  ] as const)('%s -> %s -> back gives the same dump at every step', async (from, to) => {
    const origin = await engines[from]!.openStore();
    await seed(origin);
    const first = await dumpLines(origin);
    const moved = await engines[to]!.openStore();
    await moved.restore(iterate(first));
    expect(await dumpLines(moved)).toEqual(first);
    const back = await engines[from]!.openStore();
    await back.restore(iterate(await dumpLines(moved)));
    expect(await dumpLines(back)).toEqual(first);
    expect((await moved.listPostmortems(actors.viewer, { q: 'checkout down' }, { limit: 10 })).items.map((p) => p.id)).toEqual(['INC-1']);
  });
});
