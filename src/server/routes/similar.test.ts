import { beforeAll, describe, expect, it } from 'vitest';
import { serverPerFile, type Who } from '../../../test/server-harness.js';
import { forEachEngine } from '../../../test/store-engines.js';
import { kafkaIncident, UNRELATED_INCIDENTS } from '../../../test/store-fixtures.js';

/** Similar past incidents over HTTP, on both engines: ranked, explained, and blind to what the caller may not read. */
forEachEngine((engine) => {
  const server = serverPerFile(engine);
  const ids: Record<string, string> = {};
  const create = async (name: string, body: Record<string, unknown>) => {
    const response = await server().call('admin', 'POST', '/api/v1/postmortems', { json: body });
    expect(response.statusCode).toBe(201);
    ids[name] = response.json().id;
  };
  const similar = async (who: Who, name: string, query = '') => server().call(who, 'GET', `/api/v1/postmortems/${ids[name]}/similar${query}`);
  const titles = async (who: Who, name: string) => ((await similar(who, name)).json().items as { title: string }[]).map((s) => s.title);

  beforeAll(async () => {
    await create('first', kafkaIncident('Kafka consumer lag after a broker upgrade'));
    await create('second', kafkaIncident('Kafka consumers lagged again after the broker upgrade'));
    for (const [name, body] of Object.entries(UNRELATED_INCIDENTS)) await create(name, body);
  });

  it('answers the most similar first, with its score and why, the same on every call, never the postmortem itself', async () => {
    const response = await similar('viewer', 'first');
    expect(response.statusCode).toBe(200);
    const items = response.json().items as { id: string; title: string; score: number; why: string[] }[];
    expect(items[0]?.id).toBe(ids.second);
    expect(items[0]?.title).toBe('Kafka consumers lagged again after the broker upgrade');
    expect(items[0]?.why).toEqual(expect.arrayContaining(['same failure mode: consumer rebalance loop', 'shared services: kafka-cluster', 'shared contributing-factor categories: process']));
    expect(items[0]?.why.find((w) => w.startsWith('matching words: '))).toMatch(/kafka/);
    expect(items[0]?.score).toBeGreaterThan(0.5);
    expect(items.map((s) => s.score)).toEqual([...items.map((s) => s.score)].sort((a, b) => b - a));
    expect(items.map((s) => s.id)).not.toContain(ids.first);
    expect((await similar('viewer', 'first')).json()).toEqual(response.json());
  });

  it('takes a limit from 1 to 20 and names it when it is out of range', async () => {
    expect((await similar('viewer', 'first', '?limit=1')).json().items).toHaveLength(1);
    for (const limit of ['0', '21', 'five']) {
      const response = await similar('viewer', 'first', `?limit=${limit}`);
      expect(response.statusCode, limit).toBe(422);
      expect(response.body).toContain('limit');
    }
  });

  it('answers 404 for a postmortem that does not exist', async () => {
    expect((await server().call('viewer', 'GET', '/api/v1/postmortems/no-such-postmortem/similar')).statusCode).toBe(404);
  });

  describe('a restricted postmortem', () => {
    let before: unknown;
    beforeAll(async () => {
      before = (await similar('editor', 'first')).json();
      await create('secret', kafkaIncident('Kafka consumer lag after the secret broker upgrade', true));
      const patched = await server().call('admin', 'PATCH', `/api/v1/postmortems/${ids.secret}`, { json: { members: ['member@example.com'] }, headers: { 'if-match': '"1"' } });
      expect(patched.statusCode).toBe(200);
    });

    it('is found for its members and admins', async () => {
      for (const who of ['member', 'admin'] as const) expect((await titles(who, 'first')).slice(0, 2), who).toContain('Kafka consumer lag after the secret broker upgrade');
    });

    it('is never found for others, and changes nothing they are answered', async () => {
      for (const who of ['viewer', 'editor'] as const) expect(await titles(who, 'first'), who).not.toContain('Kafka consumer lag after the secret broker upgrade');
      expect((await similar('editor', 'first')).json()).toEqual(before);
    });

    it('answers 404 to others asking for its similar ones, and its members its public neighbours', async () => {
      const refused = await similar('viewer', 'secret');
      expect(refused.statusCode).toBe(404);
      expect(refused.body).not.toContain('Kafka');
      expect((await titles('member', 'secret')).slice(0, 2)).toEqual(expect.arrayContaining(['Kafka consumer lag after a broker upgrade', 'Kafka consumers lagged again after the broker upgrade']));
    });
  });
});
