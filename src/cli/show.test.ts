import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusDir, repoRoot, runCli, tempDir } from '../../test/cli-harness.js';
import { expectSafeHtml } from '../../test/html-safety.js';
import type { ShownPostmortem } from '../core/shown-postmortem.js';
import { shownWithImpactSchema, type ShownWithImpact } from '../knowledge/impact/shown-with-impact.js';

const fixtures = join(repoRoot, 'test/fixtures/cli');
const checkout = join(fixtures, 'checkout-outage.md');

const FOREIGN = `# 2024-05-02 Search outage

## Issue Summary

Search returned errors for 40 minutes after an index rebuild.

## Timeline

All times in UTC.

- 2024-05-02 09:10 UTC - Index rebuild started
- 2024-05-02 09:12 UTC - Error-rate alert fired
- 2024-05-02 09:50 UTC - Old index restored

## Action Items

| Action Item | Owner | Bug |
| --- | --- | --- |
| Rebuild indexes into a new alias and switch only after a health check | Priya | SRCH-7 |
`;

let dir = '';
let cleanup = async () => undefined as void;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  await writeFile(join(dir, 'foreign.md'), FOREIGN);
  await writeFile(join(dir, 'binary.md'), Buffer.from([0x23, 0x00, 0x41]));
});
afterAll(() => cleanup());

async function showJson(args: string[], input?: string): Promise<ShownPostmortem> {
  const run = await runCli(['show', ...args], input === undefined ? {} : { input });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return shownWithImpactSchema.parse(JSON.parse(run.stdout));
}

describe('debrief show --format json (the default)', () => {
  it('prints the postmortem fields and the derived metrics', async () => {
    const pm = await showJson([checkout]);
    expect(pm).toMatchObject({ id: 'PM-42', title: 'Checkout errors after connection pool change', severity: 'SEV2', status: 'draft', kind: 'full' });
    expect(pm.times).toEqual({
      startedAt: '2024-03-01T14:05:00Z',
      detectedAt: '2024-03-01T14:09:00Z',
      acknowledgedAt: null,
      mitigatedAt: '2024-03-01T14:40:00Z',
      resolvedAt: '2024-03-01T15:02:00Z',
    });
    expect(pm.timeline).toHaveLength(5);
    expect(pm.timeline[0]).toMatchObject({ at: '2024-03-01T14:05:00Z', text: 'Pool size change deployed to checkout-api', actor: 'Dana Smith', kind: 'change' });
    expect(pm.timeline[2]).toMatchObject({ at: '2024-03-01T14:12:00Z', actor: 'Lee Park', kind: 'acknowledgement' });
    expect(pm.actionItems).toEqual([
      expect.objectContaining({
        id: 'AI-1',
        title: 'Add a pre-deploy check that rejects pool sizes above the database connection limit',
        owner: 'Dana Smith',
        due: '2030-04-15',
        priority: 'P1',
        status: 'open',
        ticket: 'OPS-123',
      }),
    ]);
    expect(pm.derived).toEqual({
      durationMinutes: 57,
      timeToDetectMinutes: 4,
      timeToAcknowledgeMinutes: 7,
      timeToMitigateMinutes: 35,
      timeToResolveMinutes: 57,
      // The document leaves only the acknowledgement to its timeline: derived, and from which event.
      times: { startedAt: null, detectedAt: null, acknowledgedAt: { at: '2024-03-01T14:12:00Z', from: { index: 2, text: 'On-call acknowledged the page' } }, mitigatedAt: null, resolvedAt: null },
      // No slos.yaml beside it and no error rate written: the impact says what it lacks (see below).
      impact: expect.objectContaining({ impactMinutes: 57, badMinutes: null }),
    });
  });

  it('reads a foreign document, and stdin for -', async () => {
    const fromFile = await showJson([join(dir, 'foreign.md')]);
    expect(fromFile.title).toContain('Search outage');
    expect(fromFile.timeline.map((e) => e.at)).toEqual(['2024-05-02T09:10:00Z', '2024-05-02T09:12:00Z', '2024-05-02T09:50:00Z']);
    expect(fromFile.actionItems[0]).toMatchObject({ owner: 'Priya', ticket: 'SRCH-7' });
    const fromStdin = await showJson(['-'], FOREIGN);
    expect(fromStdin.timeline).toEqual(fromFile.timeline);
  });

  it('exits 2 with the reason when the file cannot be read', async () => {
    const missing = await runCli(['show', 'no-such.md'], { cwd: dir });
    expect(missing).toMatchObject({ code: 2, stdout: '', stderr: 'debrief: no-such.md: no such file\n' });
    const binary = await runCli(['show', 'binary.md'], { cwd: dir });
    expect(binary).toMatchObject({ code: 2, stderr: 'debrief: binary.md: binary file, not a Markdown document\n' });
  });
});

describe('debrief show --format md', () => {
  it('converts a foreign document to our format, which reads back to the same postmortem', async () => {
    const run = await runCli(['show', '--format', 'md', join(dir, 'foreign.md')]);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('---\n')).toBe(true);
    // One blank line between the front matter and the title.
    expect(run.stdout).toMatch(/^---\n[\s\S]*?\n---\n\n# \S/);
    expect(run.stdout).toContain('## Timeline');
    await writeFile(join(dir, 'converted.md'), run.stdout);
    const original = await showJson([join(dir, 'foreign.md')]);
    const converted = await showJson([join(dir, 'converted.md')]);
    expect(converted.timeline).toEqual(original.timeline);
    expect(converted.actionItems).toEqual(original.actionItems);
    expect(converted.summary).toBe(original.summary);
  });
});

describe('debrief show --format html', () => {
  it('prints a standalone page', async () => {
    const run = await runCli(['show', '--format', 'html', checkout]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(run.stdout).toContain('<h1>Checkout errors after connection pool change</h1>');
    expect(run.stdout).toContain('<dt>Severity</dt><dd>SEV2</dd>');
    expect(run.stdout).toContain('<h2>Timeline</h2>');
  });

  it('sanitizes a hostile document', async () => {
    const run = await runCli(['show', '--format', 'html', join(fixtures, 'hostile.md')]);
    expect(run.code).toBe(0);
    expectSafeHtml(run.stdout);
    expect(run.stdout).toContain('<a href="mailto:oncall@example.com">mail</a>');
    expect(run.stdout).toContain('<img src="https://example.com/ok.png" alt="ok" />');
  });

  it('renders every corpus document without anything unsafe', async () => {
    const run = await runCli(['show', '--format', 'html', join(corpusDir, 'postmortems/kubernetes-test-infra__2019-05-30-prow-flakiness.md')]);
    expect(run.code).toBe(0);
    expectSafeHtml(run.stdout);
  });
});

describe('debrief show: impact against SLOs', () => {
  const OUTAGE = `---
title: Checkout down
services: [checkout-api, search]
started: 2024-03-01T14:00:00Z
resolved: 2024-03-01T14:42:00Z
impact:
  errorRate: all requests
---

# Checkout down
`;
  type Impact = ShownWithImpact['derived']['impact'];
  const impactOf = (stdout: string) => shownWithImpactSchema.parse(JSON.parse(stdout)).derived.impact;

  it('reads the slos.yaml beside the postmortem and states every input', async () => {
    const { dir: repo, cleanup: done } = await tempDir();
    try {
      await writeFile(join(repo, 'outage.md'), OUTAGE);
      await writeFile(join(repo, 'slos.yaml'), 'checkout-api:\n  target: 99.9\n  window: 30d\n');
      const run = await runCli(['show', join(repo, 'outage.md')]);
      expect(run.stderr).toBe('');
      const impact: Impact = impactOf(run.stdout);
      expect(impact).toMatchObject({ impactMinutes: 42, errorPercent: 100, badMinutes: 42 });
      expect(impact.inputs.errorPercent).toBe('impact.errorRate "all requests" read as 100% (every request failed)');
      expect(impact.services[0]).toMatchObject({ service: 'checkout-api', budgetConsumedPercent: 97.3, availabilityPercent: 99.9027, slo: { targetPercent: 99.9, windowDays: 30 } });
      expect(impact.services[1]).toMatchObject({ service: 'search', slo: null, missing: [expect.stringContaining('an SLO for search')] });
    } finally {
      await done();
    }
  });

  it('takes --slos FILE over the directory, and refuses a wrong one with its file and line', async () => {
    const { dir: repo, cleanup: done } = await tempDir();
    try {
      await writeFile(join(repo, 'outage.md'), OUTAGE);
      await writeFile(join(repo, 'other.yaml'), 'search:\n  target: 99.5\n  window: 1w\n');
      await writeFile(join(repo, 'bad.yaml'), '# ours\nsearch:\n  target: 99.5\n  window: a week\n');
      const impact = impactOf((await runCli(['show', join(repo, 'outage.md'), '--slos', join(repo, 'other.yaml')])).stdout);
      expect(impact.services[1]).toMatchObject({ service: 'search', budgetMinutes: 50.4, budgetConsumedPercent: 83.4 });
      const bad = await runCli(['show', join(repo, 'outage.md'), '--slos', join(repo, 'bad.yaml')]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain(`${join(repo, 'bad.yaml')}:4: search.window: "a week" is not a window`);
      const absent = await runCli(['show', join(repo, 'outage.md'), '--slos', join(repo, 'none.yaml')]);
      expect(absent.code).toBe(2);
      expect(absent.stderr).toMatch(/SLO file .*none\.yaml could not be read \(ENOENT\)/);
    } finally {
      await done();
    }
  });

  it('says what is missing when there is no SLO file and no error rate', async () => {
    const impact = impactOf((await runCli(['show', checkout])).stdout);
    expect(impact.badMinutes).toBeNull();
    expect(impact.missing).toEqual(['impact.errorRate: write the share of requests that failed, e.g. "12%" or "all requests" (the prose mentions "18%")']);
    expect(impact.services).toEqual([expect.objectContaining({ service: 'checkout-api', slo: null })]);
  });
});
