import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../test/cli-harness.js';

const DOCUMENT = `---
title: Checkout errors after a config push
severity: SEV2
commander: Kwame Mensah
author: Dana Ortiz
---

# Checkout errors after a config push

## Summary

Kwame Mensah led the response. Dana Ortiz traced the errors to db-primary-02.corp.example.com (10.4.0.12),
where a password=Sup3rS3cretPw was logged. Follow-up in OPS-812, discussed in #inc-checkout.

## Action items

| Action | Owner | Priority | Due |
| --- | --- | --- | --- |
| Keep passwords out of logs with a redacting formatter | Dana Ortiz | P1 | 2026-12-20 |
`;

describe('debrief redact', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    await writeFile(join(dir, 'pm.md'), DOCUMENT);
  });
  afterAll(() => cleanup());

  it('prints the redacted document on stdout and each redaction, with file:line:column and why, on stderr', async () => {
    const run = await runCli(['redact', 'pm.md'], { cwd: dir });
    expect(run.code).toBe(0);
    for (const original of ['Kwame', 'Dana', 'db-primary-02', '10.4.0.12', 'Sup3rS3cretPw', 'OPS-812', '#inc-checkout']) expect(run.stdout).not.toContain(original);
    expect(run.stdout).toContain('The incident commander led the response. An engineer traced the errors to [internal host] ([IP address]),');
    expect(run.stdout).toContain('commander: the incident commander');
    expect(run.stdout).toContain('| Keep passwords out of logs with a redacting formatter | an engineer | P1 | 2026-12-20 |');
    expect(run.stderr).toMatch(/^debrief: \d+ redactions in pm\.md:\n/);
    expect(run.stderr).toContain('pm.md:12:1  person  "Kwame Mensah" → "The incident commander"  (a person the postmortem names (its incident commander))');
    expect(run.stderr).toContain('pm.md:12:96  ip  "10.4.0.12" → "[IP address]"  (an IPv4 address)');
  });

  it('answers JSON with the text and the redactions, and takes internal domains from the command line', async () => {
    await writeFile(join(dir, 'links.md'), '# Slow search\n\n## Summary\n\nSee https://grafana.example.net/d/1 for the graph.\n');
    const plain = JSON.parse((await runCli(['redact', '--format', 'json', 'links.md'], { cwd: dir })).stdout) as { text: string; redactions: unknown[] };
    expect(plain.redactions).toEqual([]);
    const run = await runCli(['redact', '--format', 'json', '--internal-domain', 'example.net', 'links.md'], { cwd: dir });
    const answer = JSON.parse(run.stdout) as { file: string; text: string; redactions: { kind: string; original: string; line: number; column: number; replacement: string; why: string }[] };
    expect(answer.file).toBe('links.md');
    expect(answer.text).toBe('# Slow search\n\n## Summary\n\nSee [internal link] for the graph.\n');
    expect(answer.redactions).toEqual([{ kind: 'url', original: 'https://grafana.example.net/d/1', replacement: '[internal link]', line: 5, column: 5, why: 'a link into the internal network (grafana.example.net)' }]);
  });

  it('exits 2 with a clear message for a missing file or a malformed domain', async () => {
    const missing = await runCli(['redact', 'nope.md'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^debrief: nope\.md: /);
    const bad = await runCli(['redact', '--internal-domain', 'not a domain', 'pm.md'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('debrief: --internal-domain: "not a domain" is not a domain name; give one such as corp.example.com\n');
  });
});
