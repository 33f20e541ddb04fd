import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../../test/cli-harness.js';

const version = (JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

/** Relative modules that `file` imports statically (type-only imports are erased by the compiler). */
function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^import (?!type )[^;]*? from '(\.[^']+)';$/gm)].map((m) => resolve(dirname(file), (m[1] ?? '').replace(/\.js$/, '.ts')));
}

describe('debrief (the program)', () => {
  it('loads no command code, parser or linter until a command runs', () => {
    const seen = new Set<string>();
    const queue = [resolve(repoRoot, 'src/cli/main.ts')];
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      if (seen.has(file)) continue;
      seen.add(file);
      queue.push(...staticImports(file));
    }
    const loaded = [...seen].map((f) => f.slice(repoRoot.length + 1)).sort();
    expect(loaded).toContain('src/cli/program.ts');
    expect(loaded.filter((f) => f.includes('/commands/') || f.startsWith('src/markdown/') || f.startsWith('src/lint/'))).toEqual([]);
    expect(readFileSync(resolve(repoRoot, 'src/cli/program.ts'), 'utf8')).toMatch(/await import\('\.\/commands\/lint\.js'\)/);
  });

  it('prints the version and exits 0', async () => {
    const run = await runCli(['--version']);
    expect(run).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('prints help listing every command and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['lint', 'show', 'new', 'schema']) expect(run.stdout).toContain(`\n  ${command} `);
  });

  it.each([
    [['bogus'], "debrief: unknown command 'bogus'"],
    [['lint', '--nope', 'x.md'], "debrief: unknown option '--nope'"],
    [['lint'], "debrief: missing required argument 'inputs'"],
    [['lint', '--format', 'xml', 'x.md'], "debrief: option '--format <format>' argument 'xml' is invalid"],
    [['show', 'a.md', 'b.md'], 'debrief: too many arguments'],
  ])('exits 2 on the usage error in %j', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 with usage on stderr when no command is given', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: debrief');
  });

  it('stops quietly when the reader of stdout goes away (EPIPE)', async () => {
    const { dir, cleanup } = await tempDir();
    // Megabytes of JSON: far more than a pipe buffer holds, so writing continues after the reader is gone.
    const rows = Array.from({ length: 20_000 }, (_, i) => `| 2024-03-01 ${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} | Event ${i} |`);
    await writeFile(join(dir, 'long.md'), `# Long\n\n## Timeline\n\n| Time (UTC) | Event |\n| --- | --- |\n${rows.join('\n')}\n`);
    const run = await new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = spawn(process.execPath, [resolve(repoRoot, 'bin/debrief.js'), 'show', join(dir, 'long.md')], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (code) => done({ code, stderr }));
    });
    await cleanup();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});
