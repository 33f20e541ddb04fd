import { describe, expect, it } from 'vitest';
import { TEST_SOURCE } from '../../test/server-harness.js';
import { forEachEngine, storePerTest } from '../../test/store-engines.js';
import { actors, samplePostmortem } from '../../test/store-fixtures.js';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../core/errors.js';
import type { Postmortem } from '../core/postmortem.schema.js';

/** Awaits a promise that must reject, and returns the error. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

forEachEngine((engine) => {
  const store = storePerTest(engine);

  describe('create', () => {
    it('keeps a valid id, stores version 1 with its creator as member, and reads back equal', async () => {
      const created = await store().createPostmortem(actors.editor, samplePostmortem({ id: 'INC-2024.03_01' }), ['Other@Example.com']);
      expect(created).toMatchObject({ id: 'INC-2024.03_01', version: 1, members: ['editor@example.com', 'other@example.com'] });
      expect(created.postmortem.id).toBe('INC-2024.03_01');
      expect(await store().getPostmortem(actors.editor, 'INC-2024.03_01')).toEqual(created);
    });

    it('generates pm- plus 10 base32 characters when the document has no id', async () => {
      const created = await store().createPostmortem(actors.editor, samplePostmortem());
      expect(created.id).toMatch(/^pm-[a-z2-7]{10}$/);
      expect(created.postmortem.id).toBe(created.id);
    });

    it.each(['-leading-dash', 'has space', 'x'.repeat(65), 'semi;colon', "quote'"])('refuses the id %j naming the field', async (id) => {
      const error = await rejection(store().createPostmortem(actors.editor, samplePostmortem({ id })));
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).message).toMatch(/^id: /);
      expect((error as InputError).details).toEqual([{ path: 'id', message: expect.any(String) }]);
    });

    it('answers ConflictError for a taken id and keeps the first document', async () => {
      await store().createPostmortem(actors.editor, samplePostmortem({ id: 'INC-1', title: 'First' }));
      const error = await rejection(store().createPostmortem(actors.editor, samplePostmortem({ id: 'INC-1', title: 'Second' })));
      expect(error).toBeInstanceOf(ConflictError);
      expect((await store().getPostmortem(actors.editor, 'INC-1')).postmortem.title).toBe('First');
    });

    it('validates the document and reports every field path', async () => {
      const bad = { ...samplePostmortem(), severity: 'SEV9', actionItems: [{ ...samplePostmortem().actionItems[0], owner: 42 }], extra: true } as unknown as Postmortem;
      const error = await rejection(store().createPostmortem(actors.editor, bad));
      expect(error).toBeInstanceOf(InputError);
      const paths = ((error as InputError).details as { path: string }[]).map((d) => d.path);
      expect(paths).toEqual(expect.arrayContaining(['severity', 'actionItems.0.owner', '(document)']));
      expect((await store().listPostmortems(actors.admin, {}, { limit: 10 })).items).toEqual([]);
    });

    it('refuses viewers (ForbiddenError) and writes nothing', async () => {
      await expect(store().createPostmortem(actors.viewer, samplePostmortem())).rejects.toBeInstanceOf(ForbiddenError);
      expect((await store().listPostmortems(actors.admin, {}, { limit: 10 })).items).toEqual([]);
    });

    it('records revision 1 with every field, the author and the note "created"', async () => {
      const created = await store().createPostmortem(actors.editor, samplePostmortem());
      const [first, ...rest] = await store().listRevisions(actors.editor, created.id);
      expect(rest).toEqual([]);
      expect(first).toMatchObject({ number: 1, note: 'created', by: { userId: 'u-editor', email: 'editor@example.com' } });
      expect(first?.changed).toEqual(Object.keys(created.postmortem));
    });
  });

  describe('update', () => {
    it('bumps the version and records which top-level fields changed, by whom, with a note', async () => {
      const created = await store().createPostmortem(actors.editor, samplePostmortem());
      const next = { ...created.postmortem, title: 'Checkout down', status: 'in_review' as const };
      const updated = await store().updatePostmortem(actors.member, created.id, 1, next);
      expect(updated).toMatchObject({ version: 2, postmortem: { title: 'Checkout down', status: 'in_review' } });
      expect(updated.updatedAt >= created.updatedAt).toBe(true);
      expect(updated.createdAt).toBe(created.createdAt);
      const revisions = await store().listRevisions(actors.editor, created.id);
      expect(revisions.map((r) => [r.number, r.changed, r.note, r.by.email])).toEqual([
        [1, Object.keys(created.postmortem), 'created', 'editor@example.com'],
        [2, ['title', 'status'], 'status: draft -> in_review', 'member@example.com'],
      ]);
      const second = await store().getRevision(actors.editor, created.id, 2);
      expect(second.postmortem).toEqual(updated.postmortem);
      expect((await store().getRevision(actors.editor, created.id, 1)).postmortem.title).toBe(created.postmortem.title);
    });

    it('records a given note, member changes, and writes nothing for a change that changes nothing', async () => {
      const created = await store().createPostmortem(actors.editor, samplePostmortem());
      const same = await store().updatePostmortem(actors.editor, created.id, 1, created.postmortem);
      expect(same.version).toBe(1);
      const withMembers = await store().updatePostmortem(actors.editor, created.id, 1, created.postmortem, { members: ['editor@example.com', 'x@example.com'], note: 'shared with x' });
      expect(withMembers).toMatchObject({ version: 2, members: ['editor@example.com', 'x@example.com'] });
      expect((await store().listRevisions(actors.editor, created.id)).at(-1)).toMatchObject({ changed: ['members'], note: 'shared with x' });
    });

    it('refuses a stale version with ConflictError carrying the current version', async () => {
      const created = await store().createPostmortem(actors.editor, samplePostmortem());
      await store().updatePostmortem(actors.editor, created.id, 1, { ...created.postmortem, title: 'v2' });
      const error = await rejection(store().updatePostmortem(actors.editor, created.id, 1, { ...created.postmortem, title: 'lost' }));
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).details).toEqual({ currentVersion: 2 });
      expect((await store().getPostmortem(actors.editor, created.id)).postmortem.title).toBe('v2');
    });

    it('refuses a document whose id differs, and unknown ids', async () => {
      const created = await store().createPostmortem(actors.editor, samplePostmortem());
      await expect(store().updatePostmortem(actors.editor, created.id, 1, { ...created.postmortem, id: 'other' })).rejects.toThrow(/^id: /);
      await expect(store().updatePostmortem(actors.editor, 'nope', 1, { ...created.postmortem, id: null })).rejects.toBeInstanceOf(NotFoundError);
      await expect(store().updatePostmortem(actors.viewer, created.id, 1, created.postmortem)).rejects.toBeInstanceOf(ForbiddenError);
    });

    it('rewrites the action item rows in the same change', async () => {
      const created = await store().createPostmortem(actors.editor, samplePostmortem());
      expect((await store().listActionItems(actors.editor, {})).items.map((r) => r.item.title)).toEqual(['Fail the deploy when the pool size is unset', 'Alert on pool saturation']);
      const [first] = created.postmortem.actionItems;
      await store().updatePostmortem(actors.editor, created.id, 1, { ...created.postmortem, actionItems: [{ ...first!, title: 'Only this one' }] });
      expect((await store().listActionItems(actors.editor, {})).items.map((r) => [r.index, r.item.title])).toEqual([[0, 'Only this one']]);
    });

    it('lets many concurrent writers of one version either land or get ConflictError, exactly one landing', async () => {
      const created = await store().createPostmortem(actors.editor, samplePostmortem());
      const writers = Array.from({ length: 16 }, (_, i) => store().updatePostmortem(actors.editor, created.id, 1, { ...created.postmortem, title: `writer ${i}` }));
      const outcomes = await Promise.allSettled(writers);
      const landed = outcomes.filter((o) => o.status === 'fulfilled');
      const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
      expect(landed).toHaveLength(1);
      expect(refused).toHaveLength(15);
      for (const error of refused) expect(error).toMatchObject({ constructor: ConflictError, details: { currentVersion: 2 } });
      const winner = (landed[0] as PromiseFulfilledResult<{ postmortem: Postmortem }>).value.postmortem.title;
      expect((await store().getPostmortem(actors.editor, created.id)).postmortem.title).toBe(winner);
      expect(await store().listRevisions(actors.editor, created.id)).toHaveLength(2);
    });

    it('loses no update when concurrent writers retry on conflict', async () => {
      const created = await store().createPostmortem(actors.editor, samplePostmortem({ tags: [] }));
      const writer = async (tag: string) => {
        for (;;) {
          const current = await store().getPostmortem(actors.editor, created.id);
          try {
            return await store().updatePostmortem(actors.editor, created.id, current.version, { ...current.postmortem, tags: [...current.postmortem.tags, tag] });
          } catch (error) {
            if (!(error instanceof ConflictError)) throw error;
          }
        }
      };
      const tags = Array.from({ length: 8 }, (_, i) => `t${i}`);
      await Promise.all(tags.map(writer));
      const final = await store().getPostmortem(actors.editor, created.id);
      expect(final.version).toBe(9);
      expect([...final.postmortem.tags].sort()).toEqual(tags);
      expect((await store().listRevisions(actors.editor, created.id)).map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    });
  });

  describe('delete', () => {
    it('is for admins only, and removes the postmortem with its revisions, comments and rows', async () => {
      const created = await store().createPostmortem(actors.editor, samplePostmortem());
      await store().addComment(actors.editor, created.id, { body: 'Looks right' });
      await expect(store().deletePostmortem(actors.editor, created.id)).rejects.toBeInstanceOf(ForbiddenError);
      await store().deletePostmortem(actors.admin, created.id);
      await expect(store().getPostmortem(actors.admin, created.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(store().listRevisions(actors.admin, created.id)).rejects.toBeInstanceOf(NotFoundError);
      expect((await store().listActionItems(actors.admin, {})).items).toEqual([]);
      expect((await store().listPostmortems(actors.admin, { q: 'checkout' }, { limit: 10 })).items).toEqual([]);
      await expect(store().deletePostmortem(actors.admin, created.id)).rejects.toBeInstanceOf(NotFoundError);
      // The id is free again, and its history starts over.
      expect((await store().createPostmortem(actors.editor, samplePostmortem({ id: created.id }))).version).toBe(1);
      expect(await store().listRevisions(actors.admin, created.id)).toHaveLength(1);
    });
  });

  describe('revisions and comments', () => {
    it('answers NotFoundError for an unknown revision', async () => {
      const created = await store().createPostmortem(actors.editor, samplePostmortem());
      await expect(store().getRevision(actors.editor, created.id, 2)).rejects.toBeInstanceOf(NotFoundError);
    });

    it('keeps comments in order, trimmed, from anyone who may read it (viewers too), and refuses empty ones', async () => {
      const created = await store().createPostmortem(actors.editor, samplePostmortem());
      const first = await store().addComment(actors.editor, created.id, { body: '  First  ' });
      await store().addComment(actors.viewer, created.id, { body: 'Second, from a viewer' });
      expect(first).toEqual({ id: expect.any(String), postmortemId: created.id, body: 'First', by: { userId: 'u-editor', email: 'editor@example.com' }, at: expect.any(String), anchor: null, parentId: null, resolved: null, mentions: [] });
      expect((await store().listComments(actors.viewer, created.id)).map((c) => c.body)).toEqual(['First', 'Second, from a viewer']);
      await expect(store().addComment(actors.editor, created.id, { body: '   ' })).rejects.toThrow(/^body: must not be empty/);
      await expect(store().addComment(actors.editor, 'nope', { body: 'hi' })).rejects.toBeInstanceOf(NotFoundError);
    });

    it('threads comments: anchored to a section or an action item, replies take their thread\u2019s anchor, a thread is resolved by its author or an editor', async () => {
      const created = await store().createPostmortem(actors.editor, samplePostmortem());
      const onCause = await store().addComment(actors.viewer, created.id, { body: 'Which config?', anchor: 'section:rootCause' });
      const reply = await store().addComment(actors.editor, created.id, { body: 'The pool size.', parentId: onCause.id, anchor: 'section:summary' });
      expect(reply).toMatchObject({ parentId: onCause.id, anchor: 'section:rootCause' });
      expect((await store().addComment(actors.member, created.id, { body: 'Due too late?', anchor: 'action-item:AI-1' })).anchor).toBe('action-item:AI-1');
      await expect(store().addComment(actors.editor, created.id, { body: 'x', anchor: 'section:nowhere' })).rejects.toThrow(/^anchor: "nowhere" is not a section a comment can be about/);
      await expect(store().addComment(actors.editor, created.id, { body: 'x', anchor: 'rootCause' })).rejects.toThrow(/^anchor: must be section:<name> or action-item:/);
      await expect(store().addComment(actors.editor, created.id, { body: 'x', parentId: reply.id })).rejects.toThrow(/^parentId: .* is a reply: answer the first comment of its thread/);
      await expect(store().addComment(actors.editor, created.id, { body: 'x', parentId: 'c-nope' })).rejects.toThrow(/^parentId: no comment c-nope/);

      await expect(store().setCommentResolved(actors.member, created.id, reply.id, true)).rejects.toThrow(/is a reply: resolve its thread/);
      const resolved = await store().setCommentResolved(actors.viewer, created.id, onCause.id, true);
      expect(resolved.resolved).toEqual({ at: expect.any(String), by: actors.viewer.email });
      const stranger = { userId: 'u-other', email: 'other@example.com', role: 'viewer' as const };
      await expect(store().setCommentResolved(stranger, created.id, onCause.id, false)).rejects.toBeInstanceOf(ForbiddenError);
      expect((await store().setCommentResolved(actors.member, created.id, onCause.id, false)).resolved).toBeNull();
      expect((await store().listComments(actors.viewer, created.id)).find((c) => c.id === onCause.id)?.resolved).toBeNull();
    });

    it('records the users a comment @mentions, by e-mail or the part before the @, and refuses a mention of nobody', async () => {
      for (const email of ['ana.lima@example.com', 'bo@example.com', 'bo@other.example']) await store().createUser({ email, role: 'viewer', password: 'long enough pass' }, TEST_SOURCE);
      const created = await store().createPostmortem(actors.editor, samplePostmortem());
      const comment = await store().addComment(actors.editor, created.id, { body: '@ana.lima can you check? Also @bo@other.example. Mail x@example.com.' });
      expect(comment.mentions).toEqual(['ana.lima@example.com', 'bo@other.example']);
      await expect(store().addComment(actors.editor, created.id, { body: 'Ask @bo' })).rejects.toThrow(/^body: @bo could be bo@example\.com or bo@other\.example: mention someone by their e-mail/);
      await expect(store().addComment(actors.editor, created.id, { body: 'Ask @nobody' })).rejects.toThrow(/^body: @nobody is no one who can sign in/);
    });
  });

  it('answers the teams of many postmortems at once, in lower case, only of those the reader may see', async () => {
    await store().createPostmortem(actors.editor, samplePostmortem({ id: 'pm-two-teams', teams: ['Payments', 'SRE'] }));
    await store().createPostmortem(actors.editor, samplePostmortem({ id: 'pm-no-team', teams: [] }));
    await store().createPostmortem(actors.member, samplePostmortem({ id: 'pm-secret', teams: ['Security'], restricted: true }));
    const ids = ['pm-two-teams', 'pm-no-team', 'pm-secret', 'pm-missing', 'pm-two-teams'];
    expect(Object.fromEntries(await store().postmortemTeams(actors.viewer, ids))).toEqual({ 'pm-two-teams': ['payments', 'sre'] });
    expect(Object.fromEntries(await store().postmortemTeams(actors.member, ids))).toEqual({ 'pm-two-teams': ['payments', 'sre'], 'pm-secret': ['security'] });
    expect((await store().postmortemTeams(actors.admin, [])).size).toBe(0);
  });

  it('keeps hostile text as data', async () => {
    const title = `'); drop table postmortems; -- <script>alert(1)</script>`;
    const created = await store().createPostmortem(actors.editor, samplePostmortem({ title, summary: 'x" OR 1=1 --' }));
    expect((await store().getPostmortem(actors.editor, created.id)).postmortem.title).toBe(title);
    expect((await store().listPostmortems(actors.editor, { q: 'drop table' }, { limit: 10 })).items.map((p) => p.id)).toEqual([created.id]);
    expect((await store().listPostmortems(actors.editor, { q: '" OR * NEAR(' }, { limit: 10 })).items).toEqual([]);
  });
});
