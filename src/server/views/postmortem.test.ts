import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_POSTMORTEMS } from '../../../test/corpus.js';
import { forEachEngine, storePerTest } from '../../../test/store-engines.js';
import { actors, samplePostmortem } from '../../../test/store-fixtures.js';
import { NotFoundError } from '../../core/errors.js';
import type { Slo } from '../../knowledge/impact/slo.js';
import { parseDocument } from '../../markdown/parse.js';
import { postmortemPageBody, postmortemView, postmortemViewBody, postmortemViewJson } from './postmortem.js';

const SLOS: Slo[] = [{ service: 'checkout-api', targetPercent: 99.9, windowDays: 30 }];

forEachEngine((engine) => {
  const store = storePerTest(engine);

  describe('answers built as JSON text', () => {
    it('gives exactly the JSON of postmortemView for every corpus document, stored and read back', async () => {
      // Real documents: non-ASCII text, quotes, backslashes, empty and full sections, with and without times.
      for (const file of CORPUS_POSTMORTEMS) {
        const { postmortem } = parseDocument(readFileSync(file, 'utf8'), { filePath: file });
        const { id } = await store().createPostmortem(actors.editor, { ...postmortem, id: null });
        const text = postmortemViewJson(await store().getPostmortemText(actors.editor, id), SLOS);
        expect(text, file).toBe(JSON.stringify(postmortemView(await store().getPostmortem(actors.editor, id), SLOS)));
      }
    });

    it('carries the current version, members and times after an update', async () => {
      const created = await store().createPostmortem(actors.editor, samplePostmortem({ restricted: true }), ['member@example.com']);
      const updated = await store().updatePostmortem(actors.editor, created.id, 1, { ...created.postmortem, summary: 'Rewritten "summary" \\ with ünïcode.' });
      const view = JSON.parse(postmortemViewJson(await store().getPostmortemText(actors.member, created.id), [])) as Record<string, unknown>;
      expect(view).toEqual(JSON.parse(JSON.stringify(postmortemView(updated, []))));
      expect(view).toMatchObject({ version: 2, members: ['editor@example.com', 'member@example.com'], summary: 'Rewritten "summary" \\ with ünïcode.' });
    });

    it('is not found for someone who may not see a restricted postmortem', async () => {
      const created = await store().createPostmortem(actors.editor, samplePostmortem({ restricted: true }));
      await expect(store().getPostmortemText(actors.viewer, created.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(store().getPostmortemText(actors.admin, 'no-such-id')).rejects.toBeInstanceOf(NotFoundError);
    });

    it('encodes a read once per entry the store hands out, and the entry read after a write anew', async () => {
      const created = await store().createPostmortem(actors.editor, samplePostmortem({ summary: 'Ünïcode “quotes” survive encoding.' }));
      const stored = await store().getPostmortemText(actors.editor, created.id);
      const body = postmortemViewBody(stored, []);
      expect(body.toString('utf8')).toBe(postmortemViewJson(stored, []));
      expect(postmortemViewBody(stored, [])).toBe(body);
      await store().updatePostmortem(actors.editor, created.id, 1, { ...created.postmortem, title: 'Renamed' });
      expect(JSON.parse(postmortemViewBody(await store().getPostmortemText(actors.editor, created.id), []).toString('utf8'))).toMatchObject({ title: 'Renamed', version: 2 });
    });

    it('measures a read against the SLOs given, and anew when they change', async () => {
      const created = await store().createPostmortem(actors.editor, samplePostmortem({ services: ['checkout-api'] }));
      const stored = await store().getPostmortemText(actors.editor, created.id);
      type Shown = { derived: { impact: { services: { service: string; slo: Slo | null }[] } } };
      const services = (body: Buffer) => (JSON.parse(body.toString('utf8')) as Shown).derived.impact.services;
      expect(services(postmortemViewBody(stored, []))).toEqual([expect.objectContaining({ service: 'checkout-api', slo: null })]);
      expect(services(postmortemViewBody(stored, SLOS))).toEqual([expect.objectContaining({ service: 'checkout-api', slo: SLOS[0] })]);
    });

    it('serialises a list page as {items, nextCursor}, and a new page of the store anew after a write', async () => {
      const created = await store().createPostmortem(actors.editor, samplePostmortem());
      const first = await store().listPostmortems(actors.editor, {}, { limit: 10 });
      const page = (body: Buffer) => JSON.parse(body.toString('utf8')) as { items: { title: string; version: number }[]; nextCursor: string | null };
      expect(page(postmortemPageBody(first))).toEqual({ items: [expect.objectContaining({ id: created.id, version: 1 })], nextCursor: null });
      expect(postmortemPageBody(first)).toBe(postmortemPageBody(first));
      await store().updatePostmortem(actors.editor, created.id, 1, { ...created.postmortem, title: 'Renamed' });
      expect(page(postmortemPageBody(await store().listPostmortems(actors.editor, {}, { limit: 10 }))).items[0]).toMatchObject({ title: 'Renamed', version: 2 });
    });
  });
});
