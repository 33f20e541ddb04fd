import { describe, expect, it } from 'vitest';
import { emptyPostmortem } from '../core/postmortem.js';
import { kindSchema, type Postmortem } from '../core/postmortem.schema.js';
import { parseDocument } from './parse.js';
import { renderMarkdown } from './render.js';
import { templatePostmortem } from './templates.js';

describe('renderMarkdown layout', () => {
  it.each(kindSchema.options)('puts exactly one blank line after the front matter and never two in a row (%s template)', (kind) => {
    const pm = templatePostmortem({ severity: 'SEV2', kind, title: 'Checkout latency', started: '2024-03-01T14:05:00Z', resolved: '2024-03-01T15:20:00Z' });
    const text = renderMarkdown(pm);
    const lines = text.split('\n');
    const close = lines.indexOf('---', 1);
    expect(lines[0]).toBe('---');
    expect(lines.slice(close + 1, close + 3)).toEqual(['', '# Checkout latency']);
    expect(text).not.toMatch(/\n\n\n/);
    expect(text.endsWith('\n')).toBe(true);
    expect(parseDocument(text).postmortem).toEqual(pm);
  });

  it('keeps one blank line between the front matter and the title when a document has no sections', () => {
    const pm = { ...templatePostmortem({ severity: null, kind: 'lightweight', title: 'T', started: null, resolved: null }), summary: '', whatHappened: '', actionItems: [] };
    expect(renderMarkdown(pm)).toMatch(/^---\n[\s\S]*\n---\n\n# T\n\n## Summary\n/);
  });
});

describe('renderMarkdown timeline and front matter', () => {
  const event = { at: '2024-03-01T14:05:00Z', written: '2024-03-01 14:05', approximate: false, text: 'Deploy', actor: null, kind: null, source: null };

  it('writes only the optional timeline columns that some event fills', () => {
    const pm = { ...emptyPostmortem(), title: 'T', timeline: [{ ...event, kind: 'change' as const }, event] };
    const text = renderMarkdown(pm);
    expect(text).toContain('| Time (UTC) | Event | Kind |\n| --- | --- | --- |\n| 2024-03-01 14:05 | Deploy | change |\n| 2024-03-01 14:05 | Deploy |  |');
    expect(parseDocument(text).postmortem.timeline).toEqual(pm.timeline);
  });

  it('writes extra front-matter keys after ours, and none that would be read back into one of our fields', () => {
    const pm = { ...emptyPostmortem(), title: 'T', extraFrontMatter: { url: 'https://example.com', severity: 'SEV1', date: '2024-03-10' } };
    const text = renderMarkdown(pm);
    expect(text).toMatch(/^---\ntitle: T\nstatus: draft\nkind: full\nurl: https:\/\/example.com\ndate: '?2024-03-10'?\n---/);
    expect(parseDocument(text).postmortem.extraFrontMatter).toEqual({ url: 'https://example.com', date: '2024-03-10' });
  });

  it('renders a document stored before extra front-matter keys existed', () => {
    const { extraFrontMatter: _none, ...stored } = { ...emptyPostmortem(), title: 'Old' };
    expect(renderMarkdown(stored as Postmortem)).toMatch(/^---\ntitle: Old\nstatus: draft\nkind: full\n---/);
  });
});
