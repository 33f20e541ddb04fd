import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { redactText, settleOverlaps } from './redact.js';
import type { RedactionKind, RedactionSettings } from './redaction.types.js';

interface LabelledCase {
  text: string;
  sensitive: { kind: RedactionKind; value: string }[];
  keep: string[];
}

const labelled = JSON.parse(readFileSync(new URL('../../../test/fixtures/redaction/labelled.json', import.meta.url), 'utf8')) as {
  internalDomains: string[];
  documentNames: string[];
  commanderNames: string[];
  cases: LabelledCase[];
};
const settings: RedactionSettings = { internalDomains: labelled.internalDomains, names: labelled.documentNames, commanderNames: labelled.commanderNames };

/** Per group of kinds: how many sensitive values of the set are gone from the redacted text, of how many. */
async function removedShares(): Promise<{ shares: Record<string, { removed: number; of: number; missed: string[] }>; kept: string[]; lost: string[] }> {
  const group = (kind: RedactionKind) => (kind === 'person' || kind === 'handle' ? 'names' : kind === 'host' || kind === 'url' ? 'hosts' : kind);
  const shares: Record<string, { removed: number; of: number; missed: string[] }> = {};
  const kept: string[] = [];
  const lost: string[] = [];
  for (const { text, sensitive, keep } of labelled.cases) {
    const { text: redacted } = await redactText(text, settings);
    for (const { kind, value } of sensitive) {
      const share = (shares[group(kind)] ??= { removed: 0, of: 0, missed: [] });
      share.of++;
      if (redacted.includes(value)) share.missed.push(value);
      else share.removed++;
    }
    for (const word of keep) (redacted.includes(word) ? kept : lost).push(word);
  }
  return { shares, kept, lost };
}

describe('redactText on the labelled set', () => {
  it('removes every e-mail address, IP address and secret-shaped value, and at least 95% of names and internal hosts', async () => {
    const { shares } = await removedShares();
    for (const kind of ['email', 'ip', 'secret']) expect({ kind, missed: shares[kind]?.missed }).toEqual({ kind, missed: [] });
    for (const kind of ['names', 'hosts']) {
      const share = shares[kind] as { removed: number; of: number; missed: string[] };
      expect(share.removed / share.of, `${kind} missed: ${share.missed.join(', ')}`).toBeGreaterThanOrEqual(0.95);
    }
    expect(shares.ticket?.missed).toEqual([]);
    expect(shares.channel?.missed).toEqual([]);
  });

  it('keeps what customers may read: systems, public links, regions, dates, versions, severities, public advisories, file names', async () => {
    const { lost } = await removedShares();
    expect(lost).toEqual([]);
  });
});

describe('redactText', () => {
  it('reports what it replaced, with line and column, why, and the role that stands for a person', async () => {
    const text = 'Summary\n\nKwame Mensah led the response.\nDana emailed dana@acme.io from 10.0.0.8.\n';
    const { text: redacted, redactions } = await redactText(text, settings);
    expect(redacted).toBe('Summary\n\nThe incident commander led the response.\nAn engineer emailed [e-mail address] from [IP address].\n');
    expect(redactions.map((r) => [r.kind, r.original, r.line, r.column])).toEqual([
      ['person', 'Kwame Mensah', 3, 1],
      ['person', 'Dana', 4, 1],
      ['email', 'dana@acme.io', 4, 14],
      ['ip', '10.0.0.8', 4, 32],
    ]);
    expect(redactions[2]?.why).toBe('an e-mail address');
  });

  it('treats configured domains as internal, and only those beyond the usual internal suffixes', async () => {
    const text = 'Links: https://grafana.example.net/x and https://grafana.corp.acme.com/x';
    expect((await redactText(text, { ...settings, internalDomains: [] })).text).toBe('Links: https://grafana.example.net/x and https://grafana.corp.acme.com/x');
    expect((await redactText(text, { ...settings, internalDomains: ['example.net'] })).text).toBe('Links: [internal link] and https://grafana.corp.acme.com/x');
  });

  it('leaves a text with nothing sensitive as it was', async () => {
    const text = '## What went well\n\nThe alert fired within a minute and the rollback took four minutes.\n';
    expect(await redactText(text, settings)).toEqual({ text, redactions: [] });
  });
});

describe('settleOverlaps', () => {
  it('lets the outer of nested findings stand, and of two overlapping partly the higher rank, then the longer', () => {
    const settled = settleOverlaps([
      { start: 0, end: 40, kind: 'url', replacement: 'u', why: '' },
      { start: 10, end: 20, kind: 'secret', replacement: 's', why: '' },
      { start: 22, end: 30, kind: 'host', replacement: 'h', why: '' },
      { start: 50, end: 55, kind: 'person', replacement: 'p', why: '' },
      { start: 50, end: 60, kind: 'person', replacement: 'P', why: '' },
      { start: 58, end: 70, kind: 'secret', replacement: 'S', why: '' },
    ]);
    expect(settled.map((f) => f.replacement)).toEqual(['u', 'S']);
  });
});
