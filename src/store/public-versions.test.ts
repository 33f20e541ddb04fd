import { describe, expect, it } from 'vitest';
import { forEachEngine, storePerTest } from '../../test/store-engines.js';
import { actors, samplePostmortem } from '../../test/store-fixtures.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../core/errors.js';
import type { PublicVersionInput } from '../core/public-postmortem.js';
import type { Store } from './store.types.js';

const INPUT: PublicVersionInput = {
  title: 'Checkout API returned 502s',
  text: 'An engineer deployed a change that exhausted the connection pool.\n',
  redactions: [{ id: 'R1', kind: 'person', original: 'Dana Ortiz', replacement: 'An engineer', why: 'a person', line: 3, column: 1, decision: 'accepted' }],
};

/** A published postmortem (restricted when asked), by the editor. */
async function published(store: Store, id: string, restricted = false): Promise<void> {
  await store.createPostmortem(actors.editor, samplePostmortem({ id, status: 'published', restricted }));
}

async function* iterate(lines: string[]): AsyncGenerator<string> {
  yield* lines;
}

forEachEngine((engine) => {
  describe('public versions', () => {
    const store = storePerTest(engine);

    it('saves a new public version, then each next one against the version read; what is published stays until published again', async () => {
      await published(store(), 'PM-1');
      const first = await store().savePublicVersion(actors.editor, 'PM-1', null, INPUT);
      expect(first).toMatchObject({ postmortemId: 'PM-1', slug: 'checkout-api-returned-502s', version: 1, title: INPUT.title, text: INPUT.text, redactions: INPUT.redactions, updatedBy: 'editor@example.com', published: null });
      await expect(store().savePublicVersion(actors.editor, 'PM-1', null, INPUT)).rejects.toThrow(/already has a public version \(version 1\): send If-Match/);
      await expect(store().savePublicVersion(actors.editor, 'PM-1', 7, INPUT)).rejects.toMatchObject({ details: { currentVersion: 1 } });
      const publishedNow = await store().publishPublicVersion(actors.editor, 'PM-1', 1);
      expect(publishedNow).toMatchObject({ version: 2, published: { version: 2, title: INPUT.title } });
      await store().savePublicVersion(actors.member, 'PM-1', 2, { ...INPUT, title: 'Checkout errors', text: 'Reworded.\n' });
      expect(await store().listPublished()).toEqual([{ slug: 'checkout-api-returned-502s', title: INPUT.title, text: INPUT.text, publishedAt: publishedNow.published?.at, firstPublishedAt: publishedNow.published?.at }]);
      expect((await store().listPublicRevisions(actors.viewer, 'PM-1')).map((r) => [r.number, r.action, r.by.email, r.title])).toEqual([
        [1, 'saved', 'editor@example.com', INPUT.title],
        [2, 'published', 'editor@example.com', INPUT.title],
        [3, 'saved', 'member@example.com', 'Checkout errors'],
      ]);
      const audit = (await store().listAudit({}, {})).items.map((e) => [e.action, e.target]);
      expect(audit).toEqual([
        ['postmortem.public_saved', 'PM-1'],
        ['postmortem.public_published', 'PM-1'],
        ['postmortem.public_saved', 'PM-1'],
      ]);
    });

    it('never gives a restricted or unpublished postmortem a public version, and refuses viewers', async () => {
      await published(store(), 'SEC-1', true);
      await store().createPostmortem(actors.editor, samplePostmortem({ id: 'PM-2', status: 'final' }));
      await expect(store().savePublicVersion(actors.admin, 'SEC-1', null, INPUT)).rejects.toThrow('postmortem "SEC-1" is restricted: a restricted postmortem can never be made public (its access must be opened first, by an admin or its author, if it really is for everyone)');
      await expect(store().savePublicVersion(actors.admin, 'SEC-1', null, INPUT)).rejects.toBeInstanceOf(ConflictError);
      await expect(store().savePublicVersion(actors.editor, 'PM-2', null, INPUT)).rejects.toThrow('postmortem "PM-2" is final: only a published postmortem gets a public version; move it to published first');
      await published(store(), 'PM-3');
      await expect(store().savePublicVersion(actors.viewer, 'PM-3', null, INPUT)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(store().getPublicVersion(actors.viewer, 'PM-3')).rejects.toBeInstanceOf(NotFoundError);
    });

    it('keeps slugs unique: the title\u2019s gets -2, a chosen one already taken is refused', async () => {
      await published(store(), 'PM-1');
      await published(store(), 'PM-2');
      await published(store(), 'PM-3');
      await store().savePublicVersion(actors.editor, 'PM-1', null, INPUT);
      expect((await store().savePublicVersion(actors.editor, 'PM-2', null, INPUT)).slug).toBe('checkout-api-returned-502s-2');
      await expect(store().savePublicVersion(actors.editor, 'PM-3', null, { ...INPUT, slug: 'checkout-api-returned-502s' })).rejects.toThrow('the slug "checkout-api-returned-502s" is already taken by another public postmortem: choose another');
    });

    it('shows the world only what is published of unrestricted postmortems: unpublishing or restricting takes it down', async () => {
      await published(store(), 'PM-1');
      await store().savePublicVersion(actors.editor, 'PM-1', null, INPUT);
      await expect(store().unpublishPublicVersion(actors.editor, 'PM-1')).rejects.toThrow('is not published: there is nothing to take down');
      await store().publishPublicVersion(actors.editor, 'PM-1', 1);
      expect(await store().listPublished('checkout-api-returned-502s')).toHaveLength(1);
      const pm = await store().getPostmortem(actors.editor, 'PM-1');
      await store().updatePostmortem(actors.editor, 'PM-1', pm.version, { ...pm.postmortem, restricted: true });
      expect(await store().listPublished()).toEqual([]);
      await store().updatePostmortem(actors.editor, 'PM-1', pm.version + 1, { ...pm.postmortem, restricted: false });
      expect(await store().listPublished()).toHaveLength(1);
      expect((await store().unpublishPublicVersion(actors.editor, 'PM-1')).published).toBeNull();
      expect(await store().listPublished()).toEqual([]);
      await expect(store().publishPublicVersion(actors.editor, 'PM-1', 2)).rejects.toMatchObject({ details: { currentVersion: 3 } });
    });

    it('goes with its postmortem when deleted, and survives a dump and restore', async () => {
      await published(store(), 'PM-1');
      await store().savePublicVersion(actors.editor, 'PM-1', null, INPUT);
      await store().publishPublicVersion(actors.editor, 'PM-1', 1);
      const lines: string[] = [];
      for await (const line of store().dump()) lines.push(line);
      expect(lines.filter((l) => l.includes('"table":"public_')).map((l) => (JSON.parse(l) as { table: string }).table)).toEqual(['public_versions', 'public_revisions', 'public_revisions']);
      const target = await engine.openStore();
      await target.restore(iterate(lines));
      expect(await target.getPublicVersion(actors.admin, 'PM-1')).toEqual(await store().getPublicVersion(actors.admin, 'PM-1'));
      expect(await target.listPublicRevisions(actors.admin, 'PM-1')).toEqual(await store().listPublicRevisions(actors.admin, 'PM-1'));
      expect(await target.listPublished()).toEqual(await store().listPublished());
      await store().deletePostmortem(actors.admin, 'PM-1');
      expect(await store().listPublished()).toEqual([]);
    });
  });
});
