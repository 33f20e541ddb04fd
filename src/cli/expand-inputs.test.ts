import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/cli-harness.js';
import { expandInputs } from './expand-inputs.js';

describe('expandInputs', () => {
  let dir = '';
  let cleanup = async () => undefined as void;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    for (const sub of ['a/b', 'node_modules/pkg', '.git', 'c']) await mkdir(join(dir, sub), { recursive: true });
    for (const file of ['a/one.md', 'a/b/two.markdown', 'a/notes.txt', 'node_modules/pkg/readme.md', '.git/x.md', 'c/three.md', 'c/(draft).md']) {
      await writeFile(join(dir, file), '# x\n');
    }
  });
  afterAll(() => cleanup());

  it('expands directories to their Markdown files, skipping node_modules and .git', async () => {
    expect(await expandInputs(['.'], dir)).toEqual(['a/b/two.markdown', 'a/one.md', 'c/(draft).md', 'c/three.md'].map((f) => join(dir, f)));
  });

  it('expands globs, keeps files and stdin, and removes duplicates in order', async () => {
    const found = await expandInputs(['c/three.md', '-', 'c/*.md', 'a/notes.txt'], dir);
    expect(found).toEqual([join(dir, 'c/three.md'), '-', join(dir, 'c/(draft).md'), join(dir, 'a/notes.txt')]);
  });

  it('takes a file name with glob characters literally when it exists', async () => {
    expect(await expandInputs(['c/(draft).md'], dir)).toEqual([join(dir, 'c/(draft).md')]);
  });

  it('keeps a missing file for the reader to report, unless nothing matched at all', async () => {
    expect(await expandInputs(['c/three.md', 'missing.md'], dir)).toEqual([join(dir, 'c/three.md'), join(dir, 'missing.md')]);
    await expect(expandInputs(['missing.md', 'nothing/*.md'], dir)).rejects.toThrow('no files matched "missing.md", "nothing/*.md"');
  });
});
