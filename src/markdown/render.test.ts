import { describe, expect, it } from 'vitest';
import { kindSchema } from '../core/postmortem.schema.js';
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
