import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../test/cli-harness.js';

let dir = '';
let cleanup = async () => undefined as void;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterAll(() => cleanup());

describe('debrief new', () => {
  it.each([
    ['SEV1', 'SEV1', 'full'],
    ['P2', 'SEV2', 'full'],
    ['minor', 'SEV3', 'lightweight'],
    ['Low', 'SEV4', 'lightweight'],
  ])('--severity %s writes a %s %s postmortem that lint and show read', async (given, severity, kind) => {
    const file = join(dir, `${given}.md`);
    const created = await runCli(['new', '--severity', given, '--title', `${given} outage`, '--started', '2024-03-01T14:05Z', '--resolved', '2024-03-01T16:20:00+01:00', '-o', file]);
    expect(created).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const lint = await runCli(['lint', '--format', 'json', file]);
    expect([0, 1]).toContain(lint.code);
    const [result] = JSON.parse(lint.stdout) as { messages: { ruleId: string }[] }[];
    expect(result?.messages.filter((m) => m.ruleId.startsWith('io/') || m.ruleId === 'meta/front-matter' || m.ruleId === 'internal/error')).toEqual([]);
    const shown = JSON.parse((await runCli(['show', file])).stdout) as Record<string, unknown>;
    expect(shown).toMatchObject({
      title: `${given} outage`,
      severity,
      kind,
      status: 'draft',
      times: expect.objectContaining({ startedAt: '2024-03-01T14:05:00Z', resolvedAt: '2024-03-01T15:20:00Z' }),
      derived: expect.objectContaining({ durationMinutes: 75 }),
    });
  });

  it('prints to stdout without -o, and --kind overrides the severity', async () => {
    const run = await runCli(['new', '--severity', 'SEV1', '--kind', 'near-miss', '--title', 'Almost']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^---\n/);
    expect(run.stdout).toContain('kind: near_miss');
    expect(run.stdout).toContain('# Almost');
  });

  it('writes the prompts as comments that are hints, not content: the sections read empty, and a prompt pasted in as text is an error', async () => {
    const run = await runCli(['new', '--severity', 'SEV2', '--title', 'Checkout outage']);
    expect(run.stdout).toContain('## Summary\n\n<!-- prompt: In two or three sentences: what broke, who was affected and for how long, and how it was resolved. -->');
    expect(run.stdout).toContain('<!-- prompt: Why did the service fail? -->');
    expect(run.stdout).toContain('| Action | Owner | Due | Priority | Status | Ticket | Why | Verification |');
    const file = join(dir, 'prompts.md');
    await writeFile(file, run.stdout);
    const shown = JSON.parse((await runCli(['show', file])).stdout) as Record<string, unknown>;
    expect(shown).toMatchObject({ summary: '', rootCause: '', whys: [], wentWell: [], actionItems: [] });
    const ruleIds = async (path: string) => (JSON.parse((await runCli(['lint', '--format', 'json', path])).stdout) as { messages: { ruleId: string; severity: number; line: number }[] }[])[0]?.messages ?? [];
    expect((await ruleIds(file)).filter((m) => m.ruleId === 'structure/template-prompt')).toEqual([]);
    const pasted = join(dir, 'pasted.md');
    await writeFile(pasted, run.stdout.replace(/<!-- prompt: (In two or three sentences[^>]*?) -->/, '$1'));
    expect((await ruleIds(pasted)).filter((m) => m.ruleId === 'structure/template-prompt')).toEqual([expect.objectContaining({ severity: 2, line: 10 })]);
  });

  it('refuses to overwrite an existing file', async () => {
    const file = join(dir, 'existing.md');
    await writeFile(file, 'keep me');
    const run = await runCli(['new', '-o', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`debrief: ${file} already exists; not overwriting it (choose another name or remove it first)\n`);
    expect(await readFile(file, 'utf8')).toBe('keep me');
  });

  it.each([
    [['--severity', 'SEV9'], 'debrief: --severity: "SEV9" is not a severity; use SEV1..SEV4, P1..P4, Critical, Major, Minor or Low\n'],
    [['--kind', 'huge'], 'debrief: --kind: "huge" is not a kind; use full, lightweight or near-miss\n'],
    [['--started', 'yesterday'], 'debrief: --started: "yesterday" is not an ISO 8601 time; use e.g. 2024-03-01T14:05Z or 2024-03-01T15:05+01:00\n'],
    [['--started', '2024-03-01T14:00Z', '--resolved', '2024-03-01T13:00Z'], 'debrief: --resolved (2024-03-01T13:00:00Z) is before --started (2024-03-01T14:00:00Z)\n'],
    [['-o', '/nonexistent-dir/x.md'], 'debrief: /nonexistent-dir/x.md: the folder does not exist\n'],
  ])('exits 2 on %j', async (args, message) => {
    const run = await runCli(['new', ...args]);
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: message });
  });
});
