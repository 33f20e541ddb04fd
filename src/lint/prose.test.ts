import { describe, expect, it } from 'vitest';
import { lineSpan } from '../core/document.js';
import { forEachProseLine, proseLines } from './prose.js';
import { handDoc } from '../../test/hand-doc.js';

describe('proseLines', () => {
  it('blanks fenced code, HTML comments, front matter and over-long lines, keeping positions', () => {
    const source = ['---', 'title: careless', '---', 'a <!-- hidden --> b', '```', 'careless code', '```', 'before <!-- starts', 'inside', 'ends --> after', '~~~~', '```', '~~~~', 'x'.repeat(10_001), 'end'].join('\n');
    const doc = handDoc(source, { spans: { frontMatter: lineSpan(1, 3) } });
    const prose = proseLines(doc, source.split('\n'));
    const blank = (n: number) => ' '.repeat(n);
    expect(prose).toEqual(['', '', '', `a ${blank(15)} b`, '', '', '', `before ${blank(11)}`, blank(6), `${blank(8)} after`, '', '', '', '', 'end']);
  });

  it('visits only the bodies of sections with the asked roles', () => {
    const source = '## Summary\nhello\n## Timeline\n12:00 x\n';
    const doc = handDoc(source, {
      sections: [
        { role: 'summary', heading: 'Summary', level: 2, headingLine: 1, startLine: 2, endLine: 2 },
        { role: 'timeline', heading: 'Timeline', level: 2, headingLine: 3, startLine: 4, endLine: 5 },
      ],
    });
    const seen: string[] = [];
    forEachProseLine(doc, source.split('\n'), ['timeline'], (text, line, role) => seen.push(`${line}:${role}:${text}`));
    expect(seen).toEqual(['4:timeline:12:00 x']);
  });
});
