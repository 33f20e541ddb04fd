import { beforeEach, expect, it } from 'vitest';
import { forEachEngine, storePerTest } from '../../test/store-engines.js';
import { actors, samplePostmortem } from '../../test/store-fixtures.js';
import { NotFoundError } from '../core/errors.js';
import type { Actor } from './store.types.js';

const SECRET = 'SEC-1';

forEachEngine((engine) => {
  const store = storePerTest(engine);

  beforeEach(async () => {
    await store().createPostmortem(actors.editor, samplePostmortem({ id: 'PUB-1', title: 'Public checkout incident' }));
    await store().createPostmortem(
      actors.editor,
      samplePostmortem({ id: SECRET, title: 'Leaked checkout credentials', restricted: true, actionItems: [{ ...samplePostmortem().actionItems[0]!, title: 'Rotate keys' }] }),
      ['Member@Example.com'],
    );
  });

  const ids = async (actor: Actor, q?: string) =>
    (await store().listPostmortems(actor, q === undefined ? {} : { q }, { limit: 50 })).items.map((p) => p.id).sort();
  const itemTitles = async (actor: Actor) => (await store().listActionItems(actor, {})).items.map((r) => r.item.title).sort();

  it.each([
    ['a non-member editor', { userId: 'u-x', email: 'stranger@example.com', role: 'editor' } as Actor],
    ['a viewer', actors.viewer],
  ])('hides a restricted postmortem from %s everywhere', async (_who, outsider) => {
    await expect(store().getPostmortem(outsider, SECRET)).rejects.toBeInstanceOf(NotFoundError);
    await expect(store().listRevisions(outsider, SECRET)).rejects.toBeInstanceOf(NotFoundError);
    await expect(store().getRevision(outsider, SECRET, 1)).rejects.toBeInstanceOf(NotFoundError);
    await expect(store().listComments(outsider, SECRET)).rejects.toBeInstanceOf(NotFoundError);
    expect(await ids(outsider)).toEqual(['PUB-1']);
    expect(await ids(outsider, 'checkout')).toEqual(['PUB-1']);
    expect(await ids(outsider, 'leaked credentials')).toEqual([]);
    expect(await itemTitles(outsider)).toEqual(['Alert on pool saturation', 'Fail the deploy when the pool size is unset']);
    if (outsider.role === 'editor') {
      await expect(store().updatePostmortem(outsider, SECRET, 1, samplePostmortem({ id: SECRET }))).rejects.toBeInstanceOf(NotFoundError);
      await expect(store().setActionItemStatus(outsider, SECRET, '0', 'done')).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(store().addComment(outsider, SECRET, { body: 'peek' })).rejects.toBeInstanceOf(NotFoundError);
    // The not-found message is the same as for an id that does not exist.
    await expect(store().getPostmortem(outsider, SECRET)).rejects.toThrow('postmortem "SEC-1" not found');
  });

  it.each([
    ['its creator', actors.editor],
    ['a member (e-mail matched case-insensitively)', { ...actors.member, email: 'MEMBER@example.com' }],
    ['an admin', actors.admin],
  ])('shows it to %s', async (_who, insider) => {
    expect((await store().getPostmortem(insider, SECRET)).members).toEqual(['editor@example.com', 'member@example.com']);
    expect(await ids(insider)).toEqual(['PUB-1', SECRET]);
    expect(await ids(insider, 'leaked credentials')).toEqual([SECRET]);
    expect(await itemTitles(insider)).toContain('Rotate keys');
    expect(await store().listRevisions(insider, SECRET)).toHaveLength(1);
  });

  it('follows the members list and the restricted flag as they change', async () => {
    const current = await store().getPostmortem(actors.admin, SECRET);
    await store().updatePostmortem(actors.admin, SECRET, current.version, current.postmortem, { members: ['editor@example.com'] });
    await expect(store().getPostmortem(actors.member, SECRET)).rejects.toBeInstanceOf(NotFoundError);
    const again = await store().getPostmortem(actors.admin, SECRET);
    await store().updatePostmortem(actors.admin, SECRET, again.version, { ...again.postmortem, restricted: false });
    expect((await store().getPostmortem(actors.member, SECRET)).postmortem.restricted).toBe(false);
  });
});
