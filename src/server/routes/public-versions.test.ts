import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../test/cli-harness.js';
import { serverPerFile, TEST_USERS, type ServerHarness } from '../../../test/server-harness.js';
import { parseDocument } from '../../markdown/parse.js';
import { forEachEngine } from '../../../test/store-engines.js';

/** A published postmortem full of names, addresses, hosts, tickets, channels and a key. */
const FIXTURE = readFileSync(join(repoRoot, 'test/fixtures/public/published.md'), 'utf8');
/** What of the fixture must never reach the public. */
const ORIGINALS = ['Priya Raman', 'Tomás Ortega', 'priya.raman@acme.io', 'pay-gw-03.corp.acme.com', '10.12.4.17', '2001:db8:85a3::8a2e:370:7334', '#inc-checkout-pool', 'OPS-4412', 'AKIAZ7QRT3M4XKP2WV9L', 'grafana.corp.acme.com'];

interface Proposal {
  title: string;
  text: string;
  original: string;
  redactions: { id: string; kind: string; original: string; replacement: string; why: string; line: number; column: number }[];
}

/** The reviewer's usual call: keep every redaction but the table heading "Time" taken for a given name. */
const USUAL = (r: { original: string }) => (r.original === 'Time' ? 'rejected' : 'accepted');

/** The proposal's redactions as the body of PUT, each with a decision. */
function reviewed(proposal: Proposal, decide: (r: Proposal['redactions'][number]) => 'accepted' | 'rejected' = USUAL) {
  return proposal.redactions.map(({ id, kind, original, replacement, why, line, column }) => ({ id, kind, original, replacement, why, line, column, decision: decide({ id, kind, original, replacement, why, line, column }) }));
}

function calls(server: () => ServerHarness) {
  return {
    /** Stores the fixture as the editor, in the status its front matter says (the workflow to published is tested elsewhere). */
    importFixture: async (markdown = FIXTURE) => {
      const editor = (await server().store.listUsers()).find((u) => u.email === TEST_USERS.editor.email);
      if (editor === undefined) throw new Error('no editor');
      const stored = await server().store.createPostmortem({ userId: editor.id, email: editor.email, role: editor.role }, parseDocument(markdown).postmortem);
      return stored.id;
    },
    propose: async (id: string) => {
      const response = await server().call('editor', 'GET', `/api/v1/postmortems/${id}/public/proposal`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as Proposal;
    },
    save: (id: string, body: object, version?: number) => server().call('editor', 'PUT', `/api/v1/postmortems/${id}/public`, { json: body, headers: version === undefined ? {} : { 'if-match': `"${version}"` } }),
    publish: (id: string) => server().call('editor', 'POST', `/api/v1/postmortems/${id}/public/publish`),
    page: (path: string, headers: Record<string, string> = {}) => server().call(null, 'GET', path, { headers }),
  };
}

forEachEngine((engine) => {
  describe('the public version of a postmortem', () => {
    const server = serverPerFile(engine, { settings: { ticketUrl: null, internalDomains: ['acme.io', 'corp.acme.com'] } });
    const { importFixture, propose, save, publish, page } = calls(server);

    it('proposes the postmortem redacted, each redaction with an id, kind, original, replacement, place and reason', async () => {
      const id = await importFixture();
      const proposal = await propose(id);
      for (const original of ORIGINALS) expect(`${proposal.title}\n${proposal.text}`).not.toContain(original);
      expect(proposal.original).toContain('priya.raman@acme.io');
      expect(proposal.text).toContain('https://status.example.com');
      expect(proposal.title).toBe('Checkout errors after the payments pool change');
      expect(proposal.text).toMatch(/^## Summary\n/);
      // Sections the postmortem left empty are no use to customers.
      expect(proposal.original).toMatch(/^# Checkout errors/);
      expect(proposal.text).toContain('## What went well\n');
      expect(proposal.text).not.toContain('## Five whys');
      expect(proposal.redactions).toContainEqual({ id: expect.stringMatching(/^R\d+$/), kind: 'email', original: 'priya.raman@acme.io', replacement: '[e-mail address]', why: 'an e-mail address', line: expect.any(Number), column: expect.any(Number), start: expect.any(Number), end: expect.any(Number) });
      const email = proposal.redactions.find((r) => r.kind === 'email') as Proposal['redactions'][number] & { start: number; end: number };
      expect(proposal.original.slice(email.start, email.end)).toBe('priya.raman@acme.io');
      expect(proposal.original.split('\n')[email.line - 1]?.slice(email.column - 1)).toMatch(/^priya\.raman@acme\.io/);
      expect(new Set(proposal.redactions.map((r) => r.kind))).toEqual(new Set(['person', 'host', 'email', 'channel', 'ip', 'ticket', 'secret', 'url']));
      expect((await server().call('viewer', 'GET', `/api/v1/postmortems/${id}/public/proposal`)).statusCode).toBe(403);
    });

    it('saves the reviewed text as its own revisioned document (ETag, If-Match), publishes it and serves it without sign-in', async () => {
      const id = await importFixture();
      const proposal = await propose(id);
      const body = { title: proposal.title, text: `${proposal.text}\nWe are sorry for the disruption.\n`, redactions: reviewed(proposal) };
      const first = await save(id, body);
      expect(first.statusCode, first.body).toBe(200);
      expect(first.headers.etag).toBe('"1"');
      expect((await save(id, body)).statusCode).toBe(409);
      const stale = await save(id, body, 7);
      expect(stale.statusCode).toBe(412);
      const second = await save(id, { ...body, slug: `checkout-errors-${engine.name}` }, 1);
      expect(second.json()).toMatchObject({ version: 2, slug: `checkout-errors-${engine.name}`, published: null });
      const published = await publish(id);
      expect(published.statusCode, published.body).toBe(200);
      expect(published.json()).toMatchObject({ version: 3, published: { version: 3, url: `/public/postmortems/checkout-errors-${engine.name}` } });

      const html = await page(`/public/postmortems/checkout-errors-${engine.name}`);
      expect(html.statusCode).toBe(200);
      expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(html.body).toContain('We are sorry for the disruption.');
      for (const original of ORIGINALS) expect(html.body).not.toContain(original);
      expect(html.headers['cache-control']).toBe('public, max-age=300, must-revalidate');
      expect(html.headers['last-modified']).toBe(new Date(published.json().published.at as string).toUTCString());
      expect(html.headers['content-security-policy']).toMatch(/^default-src 'none'/);
      const again = await page(`/public/postmortems/checkout-errors-${engine.name}`, { 'if-none-match': html.headers.etag as string });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      expect((await page(`/public/postmortems/checkout-errors-${engine.name}`, { 'if-modified-since': html.headers['last-modified'] as string })).statusCode).toBe(304);

      const index = await page('/public/postmortems');
      expect(index.statusCode).toBe(200);
      expect(index.body).toContain(`<a href="/public/postmortems/checkout-errors-${engine.name}">${proposal.title}</a>`);
      const feed = await page('/public/postmortems/feed.atom');
      expect(feed.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
      expect(feed.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
      expect(feed.body).toMatch(new RegExp(`<link href="http://localhost(?::80)?/public/postmortems/checkout-errors-${engine.name}"/>`));
      expect(feed.body).toContain(`<title type="html"><![CDATA[${proposal.title}]]></title>`);
      for (const original of ORIGINALS) expect(feed.body).not.toContain(original);

      const history = await server().call('viewer', 'GET', `/api/v1/postmortems/${id}/public/revisions`);
      expect(history.json().items.map((r: { number: number; action: string }) => [r.number, r.action])).toEqual([[1, 'saved'], [2, 'saved'], [3, 'published']]);
      const audit = await server().call('admin', 'GET', '/api/v1/audit?action=postmortem.public_published');
      expect(audit.json().items[0]).toMatchObject({ action: 'postmortem.public_published', target: id, actor: { email: 'editor@example.com' } });

      const down = await server().call('editor', 'POST', `/api/v1/postmortems/${id}/public/unpublish`);
      expect(down.json()).toMatchObject({ version: 4, published: null });
      expect((await page(`/public/postmortems/checkout-errors-${engine.name}`)).statusCode).toBe(404);
      expect((await page('/public/postmortems')).body).not.toContain(`checkout-errors-${engine.name}`);
    });

    it('refuses to publish while an accepted redaction\u2019s original, or any e-mail, IP address or secret, is still in the text: what and where', async () => {
      const id = await importFixture();
      const proposal = await propose(id);
      const leftName = await save(id, { title: proposal.title, text: `${proposal.text}\nThanks to Priya Raman.\n`, redactions: reviewed(proposal) });
      expect(leftName.statusCode).toBe(200);
      const refused = await publish(id);
      expect(refused.statusCode).toBe(409);
      const lines = `${proposal.text}\nThanks to Priya Raman.\n`.split('\n');
      const line = lines.findIndex((l) => l.includes('Thanks to Priya Raman.')) + 1;
      expect(refused.json().error.message).toMatch(new RegExp(`still holds 1 thing it may not publish: text line ${line}, column 11: person "Priya Raman" \\(redaction R\\d+ \\(a person the postmortem names`));
      expect(refused.json().error.details.leftOvers).toEqual([{ field: 'text', kind: 'person', text: 'Priya Raman', line, column: 11, why: expect.stringMatching(/^redaction R\d+ /) }]);
      // Rejecting the e-mail's redaction does not let the address out: the detectors run again.
      const rejectedEmail = await save(id, { title: proposal.title, text: proposal.original.replace(/^# .*\n+/, ''), redactions: reviewed(proposal, () => 'rejected') }, 1);
      expect(rejectedEmail.statusCode).toBe(200);
      const again = await publish(id);
      expect(again.statusCode).toBe(409);
      const kinds = (again.json().error.details.leftOvers as { kind: string; text: string }[]).map((l) => `${l.kind} ${l.text}`);
      expect(kinds).toEqual(expect.arrayContaining(['email priya.raman@acme.io', 'ip 10.12.4.17', 'ip 2001:db8:85a3::8a2e:370:7334', 'secret AKIAZ7QRT3M4XKP2WV9L']));
      expect((await server().call('editor', 'GET', `/api/v1/postmortems/${id}/public`)).json()).toMatchObject({ version: 2, published: null });
    });

    it('never makes a restricted postmortem public (409), nor an unpublished one', async () => {
      const id = await importFixture(FIXTURE.replace('status: published', 'status: published\nrestricted: true'));
      for (const [method, path] of [['GET', 'proposal'], ['POST', 'publish']] as const) {
        const refused = await server().call('editor', method, `/api/v1/postmortems/${id}/public/${path}`);
        expect(refused.statusCode, `${method} ${path}`).toBe(method === 'POST' ? 404 : 409);
      }
      const put = await save(id, { title: 'Anything', text: 'Anything.', redactions: [] });
      expect(put.statusCode).toBe(409);
      expect(put.json().error.message).toBe(`postmortem "${id}" is restricted: a restricted postmortem can never be made public (its access must be opened first, by an admin or its author, if it really is for everyone)`);
      const draft = await importFixture(FIXTURE.replace('status: published', 'status: draft'));
      const proposal = await server().call('editor', 'GET', `/api/v1/postmortems/${draft}/public/proposal`);
      expect(proposal.statusCode).toBe(409);
      expect(proposal.json().error.message).toBe(`postmortem "${draft}" is draft: only a published postmortem gets a public version; move it to published first`);
    });

    it('stops serving a published public version once its postmortem is made restricted', async () => {
      const id = await importFixture();
      const proposal = await propose(id);
      await save(id, { title: proposal.title, text: proposal.text, redactions: reviewed(proposal), slug: `soon-restricted-${engine.name}` });
      expect((await publish(id)).statusCode).toBe(200);
      expect((await page(`/public/postmortems/soon-restricted-${engine.name}`)).statusCode).toBe(200);
      const reopened = await server().call('admin', 'POST', `/api/v1/postmortems/${id}/transitions`, { json: { to: 'draft', reason: 'the customer data involved must stay internal' } });
      expect(reopened.statusCode, reopened.body).toBe(200);
      // Reopening alone leaves the public version up: it was reviewed as it stands.
      expect((await page(`/public/postmortems/soon-restricted-${engine.name}`)).statusCode).toBe(200);
      const current = await server().call('editor', 'GET', `/api/v1/postmortems/${id}`);
      const restrict = await server().call('editor', 'PATCH', `/api/v1/postmortems/${id}`, { json: { restricted: true }, headers: { 'if-match': current.headers.etag as string } });
      expect(restrict.statusCode, restrict.body).toBe(200);
      const gone = await page(`/public/postmortems/soon-restricted-${engine.name}`);
      expect(gone.statusCode).toBe(404);
      expect(gone.body).toContain('There is no public incident report here.');
      expect((await page('/public/postmortems/feed.atom')).body).not.toContain(`soon-restricted-${engine.name}`);
    });

    it('serves sanitized HTML: no script, no javascript: link, whatever the public text holds', async () => {
      const id = await importFixture();
      await save(id, { title: 'A <script>alert(1)</script> title', text: 'Text <script>alert(2)</script> and [a link](javascript:alert(3)) and <img src="x" onerror="alert(4)">.\n', redactions: [], slug: `sanitized-${engine.name}` });
      expect((await publish(id)).statusCode).toBe(200);
      const html = (await page(`/public/postmortems/sanitized-${engine.name}`)).body;
      expect(html).not.toMatch(/<script|href="javascript:|onerror/i);
      expect(html).toContain('A &lt;script&gt;alert(1)&lt;/script&gt; title');
    });

    it('opens nothing else without sign-in: the API still answers 401', async () => {
      const id = await importFixture();
      for (const [method, path] of [
        ['GET', '/api/v1/postmortems'],
        ['GET', `/api/v1/postmortems/${id}`],
        ['GET', `/api/v1/postmortems/${id}/public`],
        ['GET', `/api/v1/postmortems/${id}/public/proposal`],
        ['GET', `/api/v1/postmortems/${id}/public/revisions`],
        ['PUT', `/api/v1/postmortems/${id}/public`],
        ['POST', `/api/v1/postmortems/${id}/public/publish`],
        ['POST', `/api/v1/postmortems/${id}/public/unpublish`],
      ] as const) {
        expect((await server().call(null, method, path)).statusCode, `${method} ${path}`).toBe(401);
      }
      expect((await page('/public/postmortems/no-such-report')).statusCode).toBe(404);
      expect((await page('/public/postmortems/..%2Fapi')).statusCode).toBe(404);
    });
  });
});
