import { afterAll, beforeAll, expect, it } from 'vitest';
import { serverOver, TEST_SOURCE, type ServerHarness } from '../../test/server-harness.js';
import { forEachEngine } from '../../test/store-engines.js';

/** Many writers over real HTTP connections: every write either lands and is answered 2xx, or is told it did not. */
forEachEngine((engine) => {
  let harness: ServerHarness;
  let base: string;
  let token: string;

  beforeAll(async () => {
    harness = await serverOver(await engine.openStore());
    base = await harness.app.listen({ host: '127.0.0.1', port: 0 });
    token = (await harness.store.createToken('editor@example.com', { name: 'concurrency' }, TEST_SOURCE)).token;
  });
  afterAll(async () => {
    await harness.app.close();
    await harness.store.close();
  });

  const request = (method: string, path: string, init: { body?: unknown; ifMatch?: string } = {}) =>
    fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(init.body === undefined ? {} : { 'content-type': 'application/merge-patch+json' }),
        ...(init.ifMatch === undefined ? {} : { 'if-match': init.ifMatch }),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });

  async function newPostmortem(title: string): Promise<string> {
    const response = await fetch(`${base}/api/v1/postmortems`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title }),
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  }

  it('20 parallel PATCHes with the same If-Match: exactly one lands, 19 get 412, the document holds exactly that change', async () => {
    const id = await newPostmortem('Race');
    const answers = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const response = await request('PATCH', `/api/v1/postmortems/${id}`, { body: { summary: `writer ${i}` }, ifMatch: '"1"' });
        return { i, status: response.status, body: (await response.json()) as { error?: { code: string; details: { currentVersion: number } } } };
      }),
    );
    const landed = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status === 412);
    expect(landed).toHaveLength(1);
    expect(refused).toHaveLength(19);
    for (const r of refused) expect(r.body.error).toMatchObject({ code: 'version_mismatch', details: { currentVersion: 2 } });
    const final = (await (await request('GET', `/api/v1/postmortems/${id}`)).json()) as { summary: string; version: number };
    expect(final).toMatchObject({ summary: `writer ${landed[0]?.i}`, version: 2 });
  });

  it('writers that retry on 412: every 2xx write is in the document, no refused write is, none is lost', async () => {
    const id = await newPostmortem('Retry loop');
    const WRITERS = 8;
    const WRITES_EACH = 4;
    const landed: string[] = [];
    const refused: string[] = [];
    const writer = async (w: number) => {
      for (let n = 0; n < WRITES_EACH; n++) {
        for (let attempt = 0; ; attempt++) {
          const read = await request('GET', `/api/v1/postmortems/${id}`);
          const current = (await read.json()) as { tags: string[] };
          const tag = `w${w}-n${n}-a${attempt}`;
          const write = await request('PATCH', `/api/v1/postmortems/${id}`, { body: { tags: [...current.tags, tag] }, ifMatch: read.headers.get('etag') ?? '' });
          await write.arrayBuffer();
          if (write.status === 200) {
            landed.push(tag);
            break;
          }
          expect(write.status).toBe(412);
          refused.push(tag);
        }
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
    const final = (await (await request('GET', `/api/v1/postmortems/${id}`)).json()) as { tags: string[]; version: number };
    expect(landed).toHaveLength(WRITERS * WRITES_EACH);
    expect(refused.length).toBeGreaterThan(0); // the writers did collide
    expect([...final.tags].sort()).toEqual([...landed].sort());
    for (const tag of refused) expect(final.tags).not.toContain(tag);
    expect(final.version).toBe(1 + landed.length);
    const revisions = (await (await request('GET', `/api/v1/postmortems/${id}/revisions`)).json()) as { items: unknown[] };
    expect(revisions.items).toHaveLength(1 + landed.length);
  });
});
