/** Where a lint finding belongs in the app: the section (and row) its line falls in, in the Markdown export. */
import { SECTION_TITLES, type SectionKey } from './sections.js';

/** A section and, for tables and lists, the 0-based row. */
export interface FindingPlace {
  section: SectionKey;
  row: number | null;
}

const TABLE_SECTIONS: ReadonlySet<SectionKey> = new Set(['timeline', 'actionItems']);
const LIST_SECTIONS: ReadonlySet<SectionKey> = new Set(['whys', 'contributingFactors', 'wentWell', 'wentPoorly', 'surprises', 'luckyBreaks', 'lessons']);
const LIST_ITEM = /^(?:-|\d+\.)\s/;

const BY_HEADING = new Map(Object.entries(SECTION_TITLES).map(([key, title]) => [title.toLowerCase(), key as SectionKey]));

/** The 1-based line of the closing `---` of the front matter, or 0 when there is none. */
function frontMatterEnd(lines: readonly string[]): number {
  if (lines[0] !== '---') return 0;
  const close = lines.indexOf('---', 1);
  return close === -1 ? 0 : close + 1;
}

/** Places a finding at `line` of `markdown` (the export of the same version the findings are for). */
export function findingPlace(markdown: string, line: number): FindingPlace {
  const lines = markdown.split('\n');
  if (line <= frontMatterEnd(lines)) return { section: 'metadata', row: null };
  for (let at = line; at >= 1; at--) {
    const text = lines[at - 1] ?? '';
    if (text.startsWith('# ')) return { section: 'metadata', row: null };
    if (!text.startsWith('## ')) continue;
    const section = BY_HEADING.get(text.slice(3).trim().toLowerCase()) ?? 'other';
    if (TABLE_SECTIONS.has(section)) return { section, row: line - at >= 4 ? line - at - 4 : null };
    if (LIST_SECTIONS.has(section)) {
      const items = lines.slice(at, line).filter((l) => LIST_ITEM.test(l)).length;
      return { section, row: items > 0 ? items - 1 : null };
    }
    return { section, row: null };
  }
  return { section: 'metadata', row: null };
}
