import { describe, expect, it, vi } from 'vitest';
import { forEachEngine } from '../../test/store-engines.js';
import { actors, samplePostmortem } from '../../test/store-fixtures.js';
import { createListCache } from './list-cache.js';
import { openStore } from './open-store.js';
import type { Actor, Page, PostmortemSummary } from './store.types.js';

const page = (id: string): Page<PostmortemSummary> => ({ items: [{ id } as PostmortemSummary], nextCursor: null });
const admin: Actor = { userId: 'a', email: 'admin@example.com', role: 'admin' };
const viewer: Actor = { userId: 'v', email: 'Viewer@example.com', role: 'viewer' };

describe('list cache', () => {
  it('serves a page again until a write, another process or (without a change marker) the TTL says otherwise', async () => {
    let marker: number | undefined = 1;
    let now = 0;
    const cache = createListCache(() => marker, () => now, 1000);
    const load = vi.fn(async () => page('x'));
    const ask = () => cache.lookup(admin, { q: 'db' }, { limit: 20 }, load);
    await ask();
    await ask();
    expect(load).toHaveBeenCalledTimes(1);
    cache.clear();
    await ask();
    expect(load).toHaveBeenCalledTimes(2);
    marker = 2;
    await ask();
    expect(load).toHaveBeenCalledTimes(3);
    now = 5000; // a change marker makes the TTL irrelevant
    await ask();
    expect(load).toHaveBeenCalledTimes(3);
    marker = undefined;
    await ask();
    now = 5999;
    await ask();
    expect(load).toHaveBeenCalledTimes(4);
    now = 6000;
    await ask();
    expect(load).toHaveBeenCalledTimes(5);
  });

  it('keys pages by who may see what, the filter, the order and the page', async () => {
    const cache = createListCache(() => 1);
    const load = vi.fn(async () => page('x'));
    await cache.lookup(admin, { q: 'db' }, { limit: 20 }, load);
    await cache.lookup({ ...admin, userId: 'other', email: 'other@example.com' }, { q: 'db' }, { limit: 20 }, load);
    expect(load).toHaveBeenCalledTimes(1);
    await cache.lookup(viewer, { q: 'db' }, { limit: 20 }, load);
    await cache.lookup({ ...viewer, email: 'someone@example.com' }, { q: 'db' }, { limit: 20 }, load);
    await cache.lookup(viewer, { q: 'db', status: 'final' }, { limit: 20 }, load);
    await cache.lookup(viewer, { q: 'db' }, { limit: 21 }, load);
    await cache.lookup(viewer, { q: 'db' }, { limit: 20, cursor: 'c' }, load);
    await cache.lookup(viewer, { q: 'db', sort: 'title' }, { limit: 20 }, load);
    expect(load).toHaveBeenCalledTimes(7);
    await cache.lookup(viewer, { q: 'db', sort: 'title' }, { limit: 20 }, load);
    expect(load).toHaveBeenCalledTimes(7);
  });

  it('computes a page once for requests that miss it at the same time, but not across a write', async () => {
    const cache = createListCache(() => 1);
    let release: (p: Page<PostmortemSummary>) => void = () => undefined;
    const load = vi.fn(() => new Promise<Page<PostmortemSummary>>((resolve) => (release = resolve)));
    const first = cache.lookup(admin, { q: 'db' }, { limit: 20 }, load);
    const second = cache.lookup(admin, { q: 'db' }, { limit: 20 }, load);
    expect(load).toHaveBeenCalledTimes(1);
    release(page('x'));
    expect(await first).toBe(await second);
    const before = cache.lookup(admin, { q: 'log' }, { limit: 20 }, load);
    const releaseBefore = release;
    cache.clear();
    const after = cache.lookup(admin, { q: 'log' }, { limit: 20 }, load);
    expect(load).toHaveBeenCalledTimes(3);
    releaseBefore(page('old'));
    release(page('new'));
    expect((await before).items[0]?.id).toBe('old');
    expect((await after).items[0]?.id).toBe('new');
  });

  it('does not keep a page that was computed while a write ran', async () => {
    const cache = createListCache(() => 1);
    let release: (p: Page<PostmortemSummary>) => void = () => undefined;
    const slow = cache.lookup(admin, {}, { limit: 5 }, () => new Promise((resolve) => (release = resolve)));
    cache.clear();
    release(page('old'));
    expect((await slow).items[0]?.id).toBe('old');
    expect((await cache.lookup(admin, {}, { limit: 5 }, async () => page('new'))).items[0]?.id).toBe('new');
  });
});

forEachEngine((engine) => {
  it('lists and searches see every write of the same store at once', async () => {
    const store = await engine.openStore();
    const ids = async (actor: Actor, q?: string) => (await store.listPostmortems(actor, q === undefined ? {} : { q }, { limit: 10 })).items.map((p) => p.id);
    expect(await ids(actors.admin, 'outage')).toEqual([]);
    const created = await store.createPostmortem(actors.editor, samplePostmortem({ id: 'pm-1', title: 'Outage', restricted: true }));
    expect(await ids(actors.admin, 'outage')).toEqual(['pm-1']);
    expect(await ids(actors.viewer, 'outage')).toEqual([]);
    await store.updatePostmortem(actors.editor, 'pm-1', created.version, created.postmortem, { members: [actors.editor.email, actors.viewer.email] });
    expect(await ids(actors.viewer, 'outage')).toEqual(['pm-1']);
    expect((await store.listPostmortems(actors.viewer, {}, { limit: 10 })).items[0]?.version).toBe(2);
    await store.deletePostmortem(actors.admin, 'pm-1');
    expect(await ids(actors.viewer, 'outage')).toEqual([]);
    expect(await ids(actors.viewer)).toEqual([]);
  });

  if (engine.name === 'sqlite') {
    it('on SQLite, lists see another process’s writes from the next event-loop turn (data_version)', async () => {
      const options = engine.freshOptions();
      const [reader, writer] = [await openStore(options), await openStore(options)];
      try {
        expect((await reader.listPostmortems(actors.admin, { q: 'outage' }, { limit: 10 })).items).toEqual([]);
        await writer.createPostmortem(actors.editor, samplePostmortem({ id: 'pm-2', title: 'Outage' }));
        await new Promise((resolve) => setImmediate(resolve)); // data_version is read once per event-loop turn
        expect((await reader.listPostmortems(actors.admin, { q: 'outage' }, { limit: 10 })).items.map((p) => p.id)).toEqual(['pm-2']);
      } finally {
        await reader.close();
        await writer.close();
      }
    });
  }
});
