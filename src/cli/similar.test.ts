import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, runCli } from '../../test/cli-harness.js';
import { parseDocument } from '../markdown/parse.js';
import { similarInDirectory, type FiledPostmortem } from './similar-directory.js';
import { RELATED } from '../../test/related-postmortems.js';

const dir = join(corpusDir, 'postmortems');
const corpus: FiledPostmortem[] = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((file) => ({ file, pm: parseDocument(readFileSync(join(dir, file), 'utf8'), { filePath: file }).postmortem }));


/** The files of the five most similar to one document of the corpus. */
function topFive(file: string): string[] {
  const target = corpus.find((d) => d.file === file);
  if (target === undefined) throw new Error(`${file} is not in the corpus`);
  return similarInDirectory(target, corpus.filter((d) => d !== target), 5).map((s) => s.file);
}

describe('similar postmortems on the corpus', () => {
  it.each(RELATED)('finds %s and %s each in the other\'s top five', (a, b) => {
    expect(topFive(a)).toContain(b);
    expect(topFive(b)).toContain(a);
  });

  it('says why, with a score that falls from the first to the last, the same on every run', () => {
    const target = corpus.find((d) => d.file === RELATED[4]?.[0]) as FiledPostmortem;
    const first = similarInDirectory(target, corpus.filter((d) => d !== target), 5);
    expect(similarInDirectory(target, corpus.filter((d) => d !== target), 5)).toEqual(first);
    expect(first.map((s) => s.score)).toEqual([...first.map((s) => s.score)].sort((x, y) => y - x));
    expect(first[0]?.why.find((w) => w.startsWith('matching words: '))).toMatch(/kafka|prometheus|metrics/);
  });
});

describe('debrief similar', () => {
  it('prints the top five with their reasons, or JSON with title, file, score and why', async () => {
    const text = await runCli(['similar', RELATED[4]?.[0] as string, '--in', '.'], { cwd: dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^1\. Kafka metrics stopped being exported to Prometheus \(dfds__PM2022-007-Kafka-metrics-stopped-being-exported-to-Prometheus\.md\), score 0\.\d+\n {3}- /);
    const json = JSON.parse((await runCli(['similar', RELATED[4]?.[0] as string, '--in', '.', '--format', 'json', '--limit', '2'], { cwd: dir })).stdout) as { title: string; file: string; score: number; why: string[] }[];
    expect(json).toHaveLength(2);
    expect(Object.keys(json[0] ?? {})).toEqual(['title', 'file', 'score', 'why']);
  });

  it('exits 2 naming a file it cannot read or a bad limit', async () => {
    const missing = await runCli(['similar', 'nope.md', '--in', '.'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^debrief: nope\.md: /);
    const limit = await runCli(['similar', RELATED[0]?.[0] as string, '--in', '.', '--limit', 'all'], { cwd: dir });
    expect(limit.code).toBe(2);
    expect(limit.stderr).toBe('debrief: --limit: "all" is not a number of results from 1 to 999\n');
  });
});
