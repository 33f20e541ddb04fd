import { expect, it } from 'vitest';
import { runCli } from '../../../test/cli-harness.js';
import { TEST_SOURCE } from '../../../test/server-harness.js';
import { forEachEngine, storeFlags, withTestStore } from '../../../test/store-engines.js';
import { incidentFactsSchema } from '../../core/incident.js';
import { recordIncident } from '../../server/practice/incidents.js';

forEachEngine((engine) => {
  it('prints the digest (Markdown or JSON) and the meeting kit of a postmortem (text, JSON or an .ics invitation)', async () => {
    const options = engine.freshOptions();
    const pmId = await withTestStore(options, async (store) => {
      const user = await store.createUser({ email: 'ed@example.com', role: 'editor', password: 'long enough pass' }, TEST_SOURCE);
      const incident = await recordIncident(store, { userId: user.id, email: user.email, role: user.role }, incidentFactsSchema.parse({ title: 'Checkout 502s', severity: 'SEV3', resolvedAt: '2020-03-02T10:00:00Z', slaBreached: true }));
      return incident.postmortemId ?? '';
    });
    const cli = (...args: string[]) => runCli([...args, ...storeFlags(options)]);
    const digest = await cli('digest');
    expect(digest.code, digest.stderr).toBe(0);
    expect(digest.stdout).toMatch(/^# Postmortem digest, \d{4}-\d\d-\d\d\n/);
    expect(digest.stdout).toMatch(/## Postmortems owed: 1, late: 1\n\n- INC-1 Checkout 502s \(SEV3, lightweight\): draft late \(was due 2020-03-03 10:00 UTC\); review meeting late/);
    expect(JSON.parse((await cli('digest', '--format', 'json')).stdout)).toMatchObject({ owed: [{ incident: { id: 'INC-1' }, late: ['draftBy', 'meetingBy', 'publishBy'] }] });

    const kit = await cli('review', 'kit', pmId, '--as', 'ed@example.com');
    expect(kit.stdout).toMatch(/^minor review, 30 min; proposed \d{4}-\d\d-\d\dT\d\d:00:00Z \(meeting due by 2020-03-04T10:00:00\.000Z, no working slot left before it\)\nAgenda:\n/);
    expect(JSON.parse((await cli('review', 'kit', pmId, '--as', 'ed@example.com', '--format', 'json')).stdout)).toMatchObject({ size: 'minor', durationMinutes: 30, late: true });
    expect((await cli('review', 'kit', pmId, '--as', 'ed@example.com', '--format', 'ics')).stdout).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*SUMMARY:Postmortem review: Checkout 502s\r\n/);
  });
});
