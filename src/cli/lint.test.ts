import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusDir, repoRoot, runCli, tempDir } from '../../test/cli-harness.js';

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; severity: 1 | 2; message: string; line: number; column: number }[];
  errorCount: number;
  warningCount: number;
}

const parseJson = (stdout: string) => JSON.parse(stdout) as JsonResult[];
const fixture = join(repoRoot, 'test/fixtures/cli/checkout-outage.md');
const MANY = 520;

let dir = '';
let cleanup = async () => undefined as void;
const at = (...parts: string[]) => join(dir, ...parts);

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  const good = await readFile(fixture, 'utf8');
  await writeFile(at('good.md'), good);
  await writeFile(at('blame.md'), good.replace('The deploy pipeline accepted', 'The on-call was careless: the deploy pipeline accepted'));
  await writeFile(at('thin.md'), '# Short note\n\nSomething broke.\n');
  for (const sub of ['tree/sub', 'tree/node_modules/pkg', 'tree/.git', 'many', 'bad', 'configured']) await mkdir(at(sub), { recursive: true });
  await copyFile(fixture, at('tree/a.md'));
  await copyFile(fixture, at('tree/sub/b.markdown'));
  await writeFile(at('tree/sub/notes.txt'), 'not markdown');
  await writeFile(at('tree/node_modules/pkg/README.md'), '# dependency');
  await writeFile(at('tree/.git/x.md'), '# git internals');
  // More files than the worker pool's threshold (500).
  for (let i = 0; i < MANY; i++) await writeFile(at('many', `pm-${String(i).padStart(3, '0')}.md`), i % 50 === 0 ? good : '# Short note\n\nSomething broke.\n');
  await copyFile(at('blame.md'), at('configured/blame.md'));
  await writeFile(at('configured/.debriefrc.yaml'), "rules:\n  'blameless/no-blame-language': 'off'\n");
  await writeFile(at('off.json'), JSON.stringify({ rules: { 'blameless/no-blame-language': 'off' } }));
  await writeFile(at('broken-config.yaml'), 'rules: [unclosed\n');

  // Bad input, generated here and never committed.
  await writeFile(at('bad/binary.md'), Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]));
  await writeFile(at('bad/latin1.md'), Buffer.from('# Caf\xe9 outage\n', 'latin1'));
  await writeFile(at('bad/front-matter.md'), '---\ntitle: [unclosed\nseverity: SEV2\n---\n\n# Broken front matter\n\nText.\n');
  await writeFile(at('bad/huge.md'), Buffer.alloc(20 * 1024 * 1024, 0x61));
  await writeFile(at('bad/deep-list.md'), `# Deep list\n\n## Summary\n\n${'- '.repeat(10_000)}item\n\n${'1. '.repeat(10_000)}item\n`);
  await writeFile(at('bad/deep-quote.md'), `# Deep quote\n\n## Root cause\n\n${'>'.repeat(10_000)} deep\n`);
  const row = (cell: (i: number) => string) => `|${Array.from({ length: 5_000 }, (_, i) => cell(i)).join('|')}|`;
  const wide = [row((i) => (i === 0 ? 'Time' : `Event ${i}`)), row(() => '---'), ...Array.from({ length: 20 }, (_, r) => row((i) => (i === 0 ? `10:${String(r).padStart(2, '0')} UTC` : 'human error')))].join('\n');
  await writeFile(at('bad/wide-table.md'), `# Wide\n\n## Timeline\n\n${wide}\n\n## Action items\n\n${wide}\n`);
}, 60_000);

afterAll(() => cleanup());

describe('debrief lint: exit codes and formats', () => {
  it('exits 0 with no output for a clean document', async () => {
    const run = await runCli(['lint', at('good.md')]);
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 1 on an error-level finding (stylish, no colour when not a terminal)', async () => {
    const run = await runCli(['lint', at('blame.md')], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('blame.md');
    expect(run.stdout).toMatch(/\d+:\d+\s+error\s+Blame \(character\)/);
    expect(run.stdout).toContain('blameless/no-blame-language');
    expect(run.stdout).toContain('1 error');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('colours stylish output on a terminal unless NO_COLOR is set', async () => {
    // util-linux `script` gives the CLI a pseudo-terminal as stdout.
    const inTerminal = (env: NodeJS.ProcessEnv) =>
      new Promise<string>((done, fail) => {
        const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(repoRoot, 'bin/debrief.js'))} lint ${JSON.stringify(at('blame.md'))}`;
        execFile('script', ['-qec', command, '/dev/null'], { env: { ...process.env, ...env } }, (error, stdout) =>
          error && error.code !== 1 ? fail(error) : done(stdout),
        );
      });
    const coloured = await inTerminal({ NO_COLOR: '' });
    expect(coloured).toContain('blameless/no-blame-language');
    expect(coloured).toContain('\u001b[31merror');
    const plain = await inTerminal({ NO_COLOR: '1' });
    expect(plain).toContain('blameless/no-blame-language');
    expect(plain).not.toContain('\u001b[');
  });

  it('writes ESLint-shaped JSON', async () => {
    const run = await runCli(['lint', '--format', 'json', at('blame.md'), at('good.md')]);
    expect(run.code).toBe(1);
    const results = parseJson(run.stdout);
    expect(results.map((r) => r.filePath)).toEqual([at('blame.md'), at('good.md')]);
    expect(results[0]).toMatchObject({ errorCount: 1, warningCount: 0 });
    expect(results[0]?.messages[0]).toMatchObject({ ruleId: 'blameless/no-blame-language', severity: 2, line: 38, column: 17 });
    expect(results[1]).toMatchObject({ messages: [], errorCount: 0, warningCount: 0 });
  });

  it('writes SARIF 2.1.0', async () => {
    const run = await runCli(['lint', '--format', 'sarif', 'blame.md'], { cwd: dir });
    expect(run.code).toBe(1);
    const sarif = JSON.parse(run.stdout) as { version: string; runs: { results: { ruleId: string; level: string }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results).toEqual([expect.objectContaining({ ruleId: 'blameless/no-blame-language', level: 'error' })]);
  });

  it('writes GitHub Actions annotations', async () => {
    const run = await runCli(['lint', '--format', 'github', 'blame.md'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error file=blame\.md,line=38,col=17,.*title=blameless\/no-blame-language::Blame \(character\)/m);
  });

  it('reads stdin for - and reports it as <stdin>', async () => {
    const input = await readFile(at('blame.md'));
    const run = await runCli(['lint', '--format', 'json', '-'], { input, cwd: dir });
    expect(run.code).toBe(1);
    expect(parseJson(run.stdout)).toEqual([expect.objectContaining({ filePath: '<stdin>', errorCount: 1 })]);
  });

  it('--quiet hides warnings; --max-warnings turns too many warnings into exit 1', async () => {
    const loud = parseJson((await runCli(['lint', '--format', 'json', at('thin.md')])).stdout);
    expect(loud[0]?.warningCount).toBeGreaterThan(0);
    const quiet = await runCli(['lint', '--quiet', '--format', 'json', at('thin.md')]);
    expect(quiet.code).toBe(loud[0]?.errorCount === 0 ? 0 : 1);
    expect(parseJson(quiet.stdout)[0]?.messages.every((m) => m.severity === 2)).toBe(true);
    const strict = await runCli(['lint', '--quiet', '--max-warnings', '0', at('good.md'), at('thin.md')]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain(`debrief: too many warnings (${loud[0]?.warningCount}; the maximum is 0)`);
    const lenient = await runCli(['lint', '--max-warnings', '1000', at('good.md')]);
    expect(lenient.code).toBe(0);
  });

  it('exits 2 on a bad --max-warnings', async () => {
    const run = await runCli(['lint', '--max-warnings', 'lots', at('good.md')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('debrief: --max-warnings: "lots" is not a whole number of warnings (0 or more)\n');
  });
});

describe('debrief lint: inputs', () => {
  it('expands directories to .md and .markdown files, skipping node_modules and .git', async () => {
    const run = await runCli(['lint', '--format', 'json', at('tree')]);
    expect(run.code).toBe(0);
    expect(parseJson(run.stdout).map((r) => r.filePath)).toEqual([at('tree/a.md'), at('tree/sub/b.markdown')]);
  });

  it('expands globs relative to the working directory', async () => {
    const run = await runCli(['lint', '--format', 'json', 'tree/**/*.markdown'], { cwd: dir });
    expect(parseJson(run.stdout).map((r) => r.filePath)).toEqual([at('tree/sub/b.markdown')]);
  });

  it('exits 2 with a clear message when nothing matches', async () => {
    const run = await runCli(['lint', 'nowhere/*.md', 'missing.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('debrief: no files matched "nowhere/*.md", "missing.md"');
    expect(run.stdout).toBe('');
  });

  it('reports a missing file among others as io/unreadable and goes on', async () => {
    const run = await runCli(['lint', '--format', 'json', 'missing.md', 'good.md'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(parseJson(run.stdout)).toEqual([
      expect.objectContaining({ filePath: at('missing.md'), messages: [expect.objectContaining({ ruleId: 'io/unreadable', severity: 2, message: 'no such file' })] }),
      expect.objectContaining({ filePath: at('good.md'), errorCount: 0 }),
    ]);
  });

  it('reports each bad file with a message and goes on with the others, in bounded time', async () => {
    const started = Date.now();
    const run = await runCli(['lint', '--format', 'json', 'bad', 'good.md'], { cwd: dir });
    const seconds = (Date.now() - started) / 1000;
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const byName = new Map(parseJson(run.stdout).map((r) => [r.filePath.slice(dir.length + 1), r]));
    const unreadable = (name: string) => byName.get(name)?.messages.find((m) => m.ruleId === 'io/unreadable')?.message;
    expect(unreadable('bad/binary.md')).toBe('binary file, not a Markdown document');
    expect(unreadable('bad/latin1.md')).toBe('not valid UTF-8 (first bad byte at offset 5)');
    expect(unreadable('bad/huge.md')).toBe('too large (20.0 MB; the limit is 10 MB)');
    expect(byName.get('bad/front-matter.md')?.messages.map((m) => m.ruleId)).toContain('meta/front-matter');
    for (const name of ['bad/deep-list.md', 'bad/deep-quote.md', 'bad/wide-table.md']) {
      expect(byName.get(name)?.messages.some((m) => m.ruleId === 'io/unreadable' || m.ruleId === 'internal/error')).toBe(false);
    }
    expect(byName.get('good.md')).toMatchObject({ errorCount: 0, warningCount: 0 });
    expect(seconds).toBeLessThan(20);
  }, 60_000);

  it('lints every document of the shared corpus without an internal error', async () => {
    const run = await runCli(['lint', '--format', 'json', join(corpusDir, 'postmortems')]);
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.code);
    const results = parseJson(run.stdout);
    expect(results.length).toBeGreaterThanOrEqual(80);
    expect(results.flatMap((r) => r.messages).filter((m) => m.ruleId.startsWith('io/') || m.ruleId === 'internal/error')).toEqual([]);
  }, 60_000);

  it('spreads many files over workers with the same results, in order', async () => {
    const run = await runCli(['lint', '--format', 'json', 'many', 'thin.md'], { cwd: dir });
    expect(run.stderr).toBe('');
    const results = parseJson(run.stdout);
    expect(results.map((r) => r.filePath)).toEqual([...Array.from({ length: MANY }, (_, i) => at('many', `pm-${String(i).padStart(3, '0')}.md`)), at('thin.md')]);
    const single = parseJson((await runCli(['lint', '--format', 'json', 'thin.md'], { cwd: dir })).stdout)[0];
    expect(results[1]?.messages).toEqual(single?.messages);
    expect(results[0]?.messages).toEqual([]);
  });
});

describe('debrief lint: config', () => {
  it('uses the file given with --config', async () => {
    expect((await runCli(['lint', at('blame.md')])).code).toBe(1);
    const run = await runCli(['lint', '--config', at('off.json'), at('blame.md')]);
    expect(run).toMatchObject({ code: 0, stdout: '' });
  });

  it('finds .debriefrc.yaml upward from each file', async () => {
    const run = await runCli(['lint', '--format', 'json', at('configured/blame.md'), at('blame.md')]);
    const [configured, plain] = parseJson(run.stdout);
    expect(configured?.errorCount).toBe(0);
    expect(plain?.errorCount).toBe(1);
  });

  it('exits 2 naming a broken or missing config file, also when workers do the linting', async () => {
    for (const inputs of [['good.md'], ['many']]) {
      const broken = await runCli(['lint', '--config', 'broken-config.yaml', ...inputs], { cwd: dir });
      expect(broken.code).toBe(2);
      expect(broken.stderr).toMatch(/^debrief: broken-config\.yaml[:\d]*: .*YAML/);
      expect(broken.stderr).not.toContain('internal error');
    }
    const missing = await runCli(['lint', '--config', 'nope.yaml', 'good.md'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^debrief: nope\.yaml: /);
  });
});
