import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusDir } from '../../test/cli-harness.js';
import { RELATED } from '../../test/related-postmortems.js';
import { forEachEngine } from '../../test/store-engines.js';
import { actors } from '../../test/store-fixtures.js';
import { parseDocument } from '../markdown/parse.js';
import type { Store } from './store.types.js';

const dir = join(corpusDir, 'postmortems');

/** The server's similar postmortems on the corpus, stored in each engine: related pairs find each other. */
forEachEngine((engine) => {
  let store: Store;
  const ids = new Map<string, string>();
  beforeAll(async () => {
    store = await engine.openStore();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
      const pm = parseDocument(readFileSync(join(dir, file), 'utf8'), { filePath: file }).postmortem;
      ids.set(file, (await store.createPostmortem(actors.admin, { ...pm, id: null, restricted: false })).id);
    }
  }, 120_000);
  afterAll(async () => store.close());

  /** The ids of the five postmortems most similar to a corpus file. */
  const topFive = async (file: string) => (await store.similarPostmortems(actors.viewer, ids.get(file) ?? '', 5)).map((s) => s.id);

  describe('similar postmortems of the corpus on the server', () => {
    it.each(RELATED)("finds %s and %s each in the other's top five", async (a, b) => {
      expect(await topFive(a)).toContain(ids.get(b));
      expect(await topFive(b)).toContain(ids.get(a));
    });
  });
});
