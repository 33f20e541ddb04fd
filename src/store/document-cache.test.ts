import { describe, expect, it, vi } from 'vitest';
import { forEachEngine } from '../../test/store-engines.js';
import { actors, samplePostmortem } from '../../test/store-fixtures.js';
import { deriveMetrics } from '../core/derived.js';
import { NotFoundError } from '../core/errors.js';
import { createDocumentCache } from './document-cache.js';
import { openStore } from './open-store.js';
import type { Store, StoredPostmortemText } from './store.types.js';

const stored = (id: string, overrides: Partial<StoredPostmortemText> = {}): StoredPostmortemText => ({
  id,
  version: 1,
  document: `{"id":"${id}"}`,
  derived: deriveMetrics({ times: { startedAt: null, detectedAt: null, acknowledgedAt: null, mitigatedAt: null, resolvedAt: null }, timeline: [] }),
  restricted: false,
  members: [],
  createdAt: '2024-03-01T00:00:00Z',
  updatedAt: '2024-03-01T00:00:00Z',
  ...overrides,
});

describe('document cache', () => {
  it('serves a document again until a write or another process changes something, and never without a marker', async () => {
    let marker: number | undefined = 1;
    const cache = createDocumentCache(() => marker);
    const load = vi.fn(async () => stored('pm-1'));
    // What happens before each read, and how many loads there have been after it.
    const steps: [string, () => void, number][] = [
      ['a first read', () => undefined, 1],
      ['nothing', () => undefined, 1],
      ['a write through this store', () => cache.clear(), 2],
      ['another process’s commit', () => (marker = 2), 3],
      ['nothing', () => undefined, 3],
      ['the engine losing track of other processes', () => (marker = undefined), 4],
      ['nothing, while it cannot tell', () => undefined, 5],
    ];
    for (const [before, change, loads] of steps) {
      change();
      expect(await cache.lookup(actors.admin, 'pm-1', load), before).toEqual(stored('pm-1'));
      expect(load, `after ${before}`).toHaveBeenCalledTimes(loads);
    }
  });

  it('checks on every hit who may see a restricted document, and asks the database for the others', async () => {
    const cache = createDocumentCache(() => 1);
    const secret = stored('pm-s', { restricted: true, members: ['member@example.com'] });
    const load = vi.fn(async () => secret);
    await cache.lookup(actors.admin, 'pm-s', load);
    expect(await cache.lookup({ ...actors.member, email: 'Member@Example.com' }, 'pm-s', load)).toBe(secret);
    expect(load).toHaveBeenCalledTimes(1);
    const refused = vi.fn(async (): Promise<StoredPostmortemText> => {
      throw new NotFoundError('no postmortem pm-s');
    });
    await expect(cache.lookup(actors.viewer, 'pm-s', refused)).rejects.toBeInstanceOf(NotFoundError);
    expect(refused).toHaveBeenCalledTimes(1);
  });

  it('does not keep a document read while a write ran', async () => {
    const cache = createDocumentCache(() => 1);
    let release: (s: StoredPostmortemText) => void = () => undefined;
    const slow = cache.lookup(actors.admin, 'pm-1', () => new Promise((resolve) => (release = resolve)));
    cache.clear();
    release(stored('pm-1', { version: 1 }));
    expect((await slow).version).toBe(1);
    expect((await cache.lookup(actors.admin, 'pm-1', async () => stored('pm-1', { version: 2 }))).version).toBe(2);
  });

  it('keeps at most its size in characters, dropping the least recently read first', async () => {
    const one = stored('pm-1');
    const cache = createDocumentCache(() => 1, one.document.length * 2);
    const loads = vi.fn(async (id: string) => stored(id));
    const read = (id: string) => cache.lookup(actors.admin, id, () => loads(id));
    await read('pm-1');
    await read('pm-2');
    await read('pm-1'); // pm-2 is now the least recently read
    await read('pm-3');
    expect(loads).toHaveBeenCalledTimes(3);
    await read('pm-1');
    expect(loads).toHaveBeenCalledTimes(3);
    await read('pm-2');
    expect(loads.mock.calls.map(([id]) => id)).toEqual(['pm-1', 'pm-2', 'pm-3', 'pm-2']);
  });
});

forEachEngine((engine) => {
  /**
   * Polls until `check` passes: PostgreSQL's listener hears of a commit a moment after it; SQLite gets one try
   * in the next event-loop turn (it reads `data_version` once per turn).
   */
  async function eventually(check: () => Promise<void>, timeoutMs = engine.name === 'sqlite' ? 0 : 5_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    await new Promise((resolve) => setImmediate(resolve));
    for (;;) {
      try {
        return await check();
      } catch (error) {
        if (Date.now() >= deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  }

  it('a read sees every write of the same store at once, and who may see it', async () => {
    const store = await engine.openStore();
    const created = await store.createPostmortem(actors.editor, samplePostmortem({ id: 'pm-1', restricted: true }));
    expect((await store.getPostmortemText(actors.admin, 'pm-1')).version).toBe(1);
    await expect(store.getPostmortemText(actors.viewer, 'pm-1')).rejects.toBeInstanceOf(NotFoundError);
    await store.updatePostmortem(actors.editor, 'pm-1', created.version, created.postmortem, { members: [actors.editor.email, actors.viewer.email] });
    expect(await store.getPostmortemText(actors.viewer, 'pm-1')).toMatchObject({ version: 2, members: [actors.editor.email, actors.viewer.email] });
    await store.setActionItemStatus(actors.editor, 'pm-1', 'AI-1', 'done');
    expect((await store.getPostmortemText(actors.viewer, 'pm-1')).version).toBe(3);
    await store.deletePostmortem(actors.admin, 'pm-1');
    await expect(store.getPostmortemText(actors.admin, 'pm-1')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('a read sees another process’s writes (SQLite data_version, PostgreSQL commit notifications)', async () => {
    const options = engine.freshOptions();
    const stores: Store[] = [await openStore(options), await openStore(options)];
    const [reader, writer] = stores as [Store, Store];
    try {
      const created = await writer.createPostmortem(actors.editor, samplePostmortem({ id: 'pm-2' }));
      // Until the listener is up (PostgreSQL), reads are not cached; wait until a read is answered from the cache.
      await eventually(async () => {
        const first = await reader.getPostmortemText(actors.admin, 'pm-2');
        expect(await reader.getPostmortemText(actors.admin, 'pm-2')).toBe(first);
      });
      await writer.updatePostmortem(actors.editor, 'pm-2', created.version, { ...created.postmortem, summary: 'Rewritten elsewhere.' });
      await eventually(async () => expect((await reader.getPostmortemText(actors.admin, 'pm-2')).version).toBe(2));
      expect((await reader.getPostmortemText(actors.admin, 'pm-2')).document).toContain('Rewritten elsewhere.');
      expect((await reader.listPostmortems(actors.admin, {}, { limit: 10 })).items.map((row) => row.id)).toEqual(['pm-2']);
      await writer.deletePostmortem(actors.admin, 'pm-2');
      await eventually(() => expect(reader.getPostmortemText(actors.admin, 'pm-2')).rejects.toBeInstanceOf(NotFoundError));
      await eventually(async () => expect((await reader.listPostmortems(actors.admin, {}, { limit: 10 })).items).toEqual([]));
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });
});
