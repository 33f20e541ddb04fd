import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse.js';
import { blankPromptComments, promptComment } from './prompt-comments.js';

describe('prompt comments', () => {
  it('blanks prompt comments, keeping every other comment, line and column', () => {
    const source = `## Summary\n\n${promptComment('What broke')}\n<!-- a note of ours -->\n\n<!-- prompt: two\nlines -->Text`;
    const blanked = blankPromptComments(source);
    expect(blanked.split('\n').map((l) => l.length)).toEqual(source.split('\n').map((l) => l.length));
    expect(blanked).toContain('<!-- a note of ours -->');
    expect(blanked).not.toContain('prompt');
    expect(blanked.endsWith('Text')).toBe(true);
  });

  it('a prompt cannot close its comment early', () => {
    expect(promptComment('a -- b --> c')).toBe('<!-- prompt: a — b —> c -->');
  });

  it('a section holding only its prompt reads empty; a comment of the writer\u2019s own stays content', () => {
    const doc = parseDocument(`---\ntitle: X\n---\n\n## Summary\n\n${promptComment('In two or three sentences')}\n\n## Root cause\n\n<!-- kept -->\n`);
    expect(doc.postmortem.summary).toBe('');
    expect(doc.postmortem.rootCause).toBe('<!-- kept -->');
  });
});
