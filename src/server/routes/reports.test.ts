import { beforeAll, expect, it } from 'vitest';
import { patternPostmortems, Q1 } from '../../../test/pattern-fixtures.js';
import { serverPerFile } from '../../../test/server-harness.js';
import { forEachEngine } from '../../../test/store-engines.js';

/** The pattern report over HTTP, on both engines: the figures, the files, the period's errors, and blind to what the caller may not read. */
forEachEngine((engine) => {
  const server = serverPerFile(engine);
  const report = (who: 'viewer' | 'admin' | null, query: string) => server().call(who, 'GET', `/api/v1/reports/patterns?${query}`);
  const q1 = `from=${Q1.from}&to=${Q1.to}`;

  beforeAll(async () => {
    for (const pm of patternPostmortems()) {
      const response = await server().call('admin', 'POST', '/api/v1/postmortems', { json: pm });
      expect(response.statusCode, response.body).toBe(201);
    }
  });

  it('answers the report of the period as JSON, leaving out the restricted postmortem a viewer may not read', async () => {
    const response = await report('viewer', q1);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ source: 'server', period: { from: '2026-01-01', to: '2026-03-31', days: 90 }, previousPeriod: { from: '2025-10-03', to: '2025-12-31' } });
    expect(body.postmortems).toMatchObject({ total: 3, previousTotal: 1 });
    expect(body.triggers[0].sentence).toBe('2 of the 3 incidents reviewed followed a deploy or change (67%).');
    expect(body.repeats[0].sentence).toBe('pool-exhaustion hit checkout-api 2 times (PM-A and PM-B).');
    expect(response.body).not.toContain('PM-E');
    expect(response.body).not.toContain('payments');
    const admin = (await report('admin', q1)).json();
    expect(admin.postmortems.total).toBe(4);
    expect(admin.services.map((s: { label: string }) => s.label)).toContain('payments');
  });

  it('gives the rows as CSV, and Markdown or an HTML page with charts, to download', async () => {
    const csv = await report('viewer', `${q1}&format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="patterns-2026-01-01-to-2026-03-31.csv"');
    expect(csv.body.split('\r\n').slice(1, 4).map((l) => l.split(',')[0])).toEqual(['PM-A', 'PM-B', 'PM-C']);
    const html = await report('viewer', `${q1}&format=html`);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.body).toContain('<figure class="chart" id="chart-times"><svg');
    expect((await report('viewer', `${q1}&format=md`)).body).toMatch(/^# Pattern report, 2026-01-01 to 2026-03-31\n/);
  });

  it('counts incident records, and a security incident the reader may not read by its severity alone', async () => {
    const q2 = 'from=2026-04-01&to=2026-06-29';
    for (const securityExposure of [false, true, true]) {
      const facts = { title: securityExposure ? 'Signing key in a public repository' : 'Queue backlog', severity: 'SEV2', startedAt: '2026-04-10T10:00:00Z', services: ['signing-svc'], failureMode: 'key-leak', securityExposure };
      expect((await server().call('admin', 'POST', '/api/v1/incidents', { json: facts })).statusCode).toBe(201);
    }
    const admin = (await report('admin', q2)).json();
    expect(admin.incidents).toMatchObject({ total: 3, previousTotal: 0 });
    expect(admin.repeats.map((r: { sentence: string }) => r.sentence)).toEqual(['key-leak hit signing-svc 3 times (INC-1, INC-2 and INC-3).']);
    const viewer = await report('viewer', q2);
    expect(viewer.json().incidents.sentence).toBe('3 incidents recorded in this period (3 SEV2); 0 in the previous 90 days.');
    expect(viewer.json().repeats).toEqual([]);
    expect(viewer.body).not.toContain('key-leak');
  });

  it('names the parameter of a bad date, refuses an unknown format, and asks who is asking', async () => {
    const bad = await report('viewer', 'from=2026-02-30');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.message).toBe('from: "2026-02-30" is not a date; use YYYY-MM-DD (a UTC day, such as 2026-01-31)');
    const backwards = await report('viewer', 'from=2026-03-01&to=2026-02-01');
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().error.message).toContain('from: 2026-03-01 is after to 2026-02-01');
    expect((await report('viewer', `${q1}&format=pdf`)).statusCode).toBe(422);
    expect((await report(null, q1)).statusCode).toBe(401);
  });
});
