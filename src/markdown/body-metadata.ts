/** Metadata written in the body of a document: `**Date:** …` lines, key/value tables, `### Date` headings. */
import type Token from 'markdown-it/lib/token.mjs';
import type { SourceSpan } from '../core/document.js';
import { sourceLines } from './blocks.js';
import { metaKey, type MetaEntry } from './metadata.js';
import type { DocumentOutline } from './sections.js';
import { splitRow, unescapeCell } from './table-cell.js';

export interface BodyMetadata {
  entries: MetaEntry[];
  /** The preamble's prose once its metadata lines are taken out. */
  prose: string;
  /** Entries that are all of a section (`## Date` over `2015-10-21`, `## Date: August 15, 2020` over nothing), by the section's heading line. */
  wholeSections: Map<MetaEntry, number>;
}

/** `- **Date:** 16/03/2020`, `Created By: [Katharine Berry]  `, `**Severity**: SEV2`. */
const META_LINE = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?([A-Za-z][A-Za-z _/()-]{0,40}?)\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:|:)\s*(.*)$/;
/** The most lines a `### Date` style section may have for its body to be read as a value. */
const META_SECTION_MAX_LINES = 3;
/** A section of list items (`## Authors` over `* jennifer`, `* martym`) is a list value when the items are this few and short. */
const META_LIST_MAX_ITEMS = 20;
const META_LIST_ITEM_MAX_LENGTH = 100;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(.*)$/;

function lineSpan(lines: readonly string[], n: number): SourceSpan {
  return { line: n, column: 1, endLine: n, endColumn: (lines[n - 1]?.length ?? 0) + 1 };
}

function cleanValue(text: string): string {
  return text.replace(/\s{2,}$/, '').replace(/^\[([^\]]*)\]$/, '$1').replace(/[*_]{1,2}$/, '').trim();
}

/** A metadata entry from one line, when the line is `label: value` with a label we know. */
function metaFromLine(lines: readonly string[], n: number): MetaEntry | null {
  const line = lines[n - 1] ?? '';
  if (line.length > 500) return null;
  const match = META_LINE.exec(line);
  if (!match) return null;
  const key = metaKey(match[1] ?? '');
  const value = cleanValue(match[2] ?? '');
  if (key === null || value === '') return null;
  return { key, value, span: lineSpan(lines, n) };
}

/** Key/value rows (`| Severity | 1 |`) or a header of keys over one row of values. */
function metaFromTable(lines: readonly string[], from: number, to: number): MetaEntry[] {
  const rows: { cells: string[]; line: number }[] = [];
  for (let n = from; n <= to; n++) {
    const line = lines[n - 1] ?? '';
    if (/^\s*\|?\s*:?-{3,}/.test(line) || line.length > 2000) continue;
    rows.push({ cells: splitRow(line).map(unescapeCell), line: n });
  }
  const entries: MetaEntry[] = [];
  const header = rows[0];
  if (header && header.cells.length >= 2 && header.cells.every((c) => metaKey(c) !== null) && rows[1]) {
    header.cells.forEach((cell, i) => {
      const key = metaKey(cell);
      const value = rows[1]?.cells[i]?.trim() ?? '';
      if (key !== null && value !== '') entries.push({ key, value, span: lineSpan(lines, rows[1]?.line ?? from) });
    });
    return entries;
  }
  for (const row of rows) {
    const key = row.cells.length === 2 ? metaKey(row.cells[0] ?? '') : null;
    const value = row.cells[1]?.trim() ?? '';
    if (key !== null && value !== '') entries.push({ key, value, span: lineSpan(lines, row.line) });
  }
  return entries;
}

/** Top-level blocks of a token list with their 1-based line ranges. */
function topBlocks(tokens: readonly Token[]): { type: string; from: number; to: number }[] {
  const base = tokens[0]?.level ?? 0;
  const blocks: { type: string; from: number; to: number }[] = [];
  for (const t of tokens) {
    if (t.level === base && t.nesting !== -1 && t.map) blocks.push({ type: t.type, from: t.map[0] + 1, to: t.map[1] });
  }
  return blocks;
}

/** The value a `### Date`-style section body holds: a line or a few, or a short list (as a list); null for anything longer or empty. */
function sectionValue(body: string): string | string[] | null {
  if (body === '' || body.includes('\n\n')) return null;
  const rows = body.split('\n');
  const items = rows.map((row) => LIST_ITEM.exec(row)?.[1]?.trim());
  if (items.every((item) => item !== undefined && item !== '' && item.length <= META_LIST_ITEM_MAX_LENGTH) && items.length <= META_LIST_MAX_ITEMS) {
    return items.map((item) => cleanValue(item ?? ''));
  }
  return rows.length <= META_SECTION_MAX_LINES ? cleanValue(body) : null;
}

/** Reads the metadata of the preamble and of `### Date`-style sections; the rest of the preamble is prose. */
export function readBodyMetadata(outline: DocumentOutline, lines: readonly string[]): BodyMetadata {
  const entries: MetaEntry[] = [];
  const wholeSections = new Map<MetaEntry, number>();
  const kept: string[] = [];
  for (const block of topBlocks(outline.preamble.tokens)) {
    if (block.type === 'table_open') {
      const found = metaFromTable(lines, block.from, block.to);
      entries.push(...found);
      if (found.length === 0) kept.push(sourceLines(lines, block.from, block.to));
      continue;
    }
    if (block.type !== 'paragraph_open' && block.type !== 'bullet_list_open') {
      kept.push(sourceLines(lines, block.from, block.to));
      continue;
    }
    const rest: string[] = [];
    for (let n = block.from; n <= block.to; n++) {
      const entry = metaFromLine(lines, n);
      if (entry) entries.push(entry);
      else rest.push(lines[n - 1] ?? '');
    }
    const text = rest.join('\n').trim();
    if (text !== '') kept.push(text);
  }
  for (const section of outline.sections) {
    if (section.role !== 'other') continue;
    for (const block of topBlocks(section.tokens)) {
      if (block.type === 'table_open') entries.push(...metaFromTable(lines, block.from, block.to));
    }
    const inline = /^([^:]{1,40}):\s*(.+)$/.exec(section.heading);
    const key = metaKey(inline ? (inline[1] ?? '') : section.heading);
    if (key === null) continue;
    const body = sourceLines(lines, section.startLine, section.endLine).trim();
    const value = inline ? cleanValue(inline[2] ?? '') : sectionValue(body);
    if (value === null || value === '') continue;
    const entry: MetaEntry = { key, value, span: lineSpan(lines, section.headingLine) };
    entries.push(entry);
    if (!inline || body === '') wholeSections.set(entry, section.headingLine);
  }
  return { entries, prose: kept.join('\n\n'), wholeSections };
}
