import { afterEach, describe, expect, it, vi } from 'vitest';
import { forEachEngine, storePerTest } from '../../test/store-engines.js';
import { actors, samplePostmortem } from '../../test/store-fixtures.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../core/errors.js';

forEachEngine((engine) => {
  describe('deleted postmortems', () => {
    const store = storePerTest(engine);
    afterEach(() => {
      vi.useRealTimers();
    });

    /** A postmortem with a second revision, a comment thread and an approval, then deleted by the admin. */
    const deleteOne = async () => {
      const created = await store().createPostmortem(actors.editor, samplePostmortem({ id: 'INC-7', title: 'Disk full' }));
      await store().updatePostmortem(actors.editor, 'INC-7', 1, { ...created.postmortem, status: 'in_review' }, { note: 'to review' });
      const thread = await store().addComment(actors.viewer, 'INC-7', { body: 'Which disk?', anchor: 'section:rootCause' });
      await store().addComment(actors.editor, 'INC-7', { body: 'The log volume.', parentId: thread.id });
      await store().recordApproval(actors.member, 'INC-7', 2, 'k'.repeat(64));
      await store().deletePostmortem(actors.admin, 'INC-7');
    };

    it('keeps a deleted postmortem for 30 days, and restores it whole: document, history, comments, approvals', async () => {
      await deleteOne();
      await expect(store().getPostmortem(actors.admin, 'INC-7')).rejects.toBeInstanceOf(NotFoundError);
      const [kept, ...others] = await store().listDeleted(actors.admin);
      expect(others).toEqual([]);
      expect(kept).toEqual({ id: expect.stringMatching(/^del-/), postmortemId: 'INC-7', title: 'Disk full', deletedAt: expect.any(String), deletedBy: actors.admin.email, restorableUntil: expect.any(String) });
      expect(Date.parse(kept?.restorableUntil ?? '') - Date.parse(kept?.deletedAt ?? '')).toBe(30 * 86_400_000);

      expect(await store().restoreDeleted(actors.admin, kept?.id ?? '')).toBe('INC-7');
      expect(await store().getPostmortem(actors.viewer, 'INC-7')).toMatchObject({ version: 2, postmortem: { title: 'Disk full', status: 'in_review' } });
      expect((await store().listRevisions(actors.viewer, 'INC-7')).map((r) => r.note)).toEqual(['created', 'to review']);
      expect((await store().listComments(actors.viewer, 'INC-7')).map((c) => [c.body, c.anchor])).toEqual([['Which disk?', 'section:rootCause'], ['The log volume.', 'section:rootCause']]);
      expect(await store().listApprovals(actors.viewer, 'INC-7')).toMatchObject([{ by: { email: actors.member.email }, version: 2 }]);
      expect((await store().listPostmortems(actors.viewer, { q: 'disk' }, { limit: 10 })).items.map((p) => p.id)).toEqual(['INC-7']);
      expect(await store().listDeleted(actors.admin)).toEqual([]);
      await expect(store().restoreDeleted(actors.admin, kept?.id ?? '')).rejects.toThrow(/restored already, or deleted more than 30 days ago/);
      expect((await store().listAudit({ action: 'postmortem.restored' }, {})).items).toMatchObject([{ target: 'INC-7', actor: { email: actors.admin.email } }]);
    });

    it('is for admins only, refuses an id taken again, and purges what was deleted more than 30 days ago', async () => {
      await deleteOne();
      await expect(store().listDeleted(actors.editor)).rejects.toBeInstanceOf(ForbiddenError);
      const [kept] = await store().listDeleted(actors.admin);
      await expect(store().restoreDeleted(actors.editor, kept?.id ?? '')).rejects.toBeInstanceOf(ForbiddenError);
      await store().createPostmortem(actors.editor, samplePostmortem({ id: 'INC-7', title: 'Another' }));
      await expect(store().restoreDeleted(actors.admin, kept?.id ?? '')).rejects.toBeInstanceOf(ConflictError);
      expect(await store().listDeleted(actors.admin)).toHaveLength(1);
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.parse(kept?.restorableUntil ?? '') + 1000);
      expect(await store().listDeleted(actors.admin)).toEqual([]);
    });
  });
});
