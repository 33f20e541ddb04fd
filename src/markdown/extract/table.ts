/** Reading a GFM table from its source lines, cell by cell, with each cell's position. */
import { unescapeAll } from 'markdown-it/lib/common/utils.mjs';
import type { Block } from './blocks.js';
import { splitRow, unescapeCell } from '../table-cell.js';

/** Columns beyond this are not read. */
export const MAX_COLUMNS = 50;
/** Lines longer than this are not read (no regex work on them). */
export const MAX_LINE_LENGTH = 10_000;

/** One cell: its text as `escapeCell` wrote it and its 1-based column range (end exclusive) on the line. */
export interface Cell {
  text: string;
  column: number;
  endColumn: number;
}

/** One body row of a table and the 1-based line it is on. */
export interface Row {
  line: number;
  cells: Cell[];
}

/** A table: its header cells and body rows. */
export interface Table {
  header: Cell[];
  rows: Row[];
}

/** Cells of one row's source line, with positions; at most MAX_COLUMNS. */
export function readCells(line: string): Cell[] {
  const raws = splitRow(line).slice(0, MAX_COLUMNS);
  const rest = line.trimStart();
  let offset = line.length - rest.length + (rest.startsWith('|') ? 1 : 0);
  return raws.map((raw) => {
    const lead = raw.length - raw.trimStart().length;
    const cell: Cell = {
      text: unescapeCell(raw),
      column: offset + lead + 1,
      endColumn: offset + raw.trimEnd().length + 1,
    };
    offset += raw.length + 1;
    return cell;
  });
}

/** The header and body rows of a table block, read from the source lines (over-long lines skipped). */
export function readTable(block: Block, lines: readonly string[], lastLine: number): Table {
  const header = readCells(lines[block.start] ?? '');
  const rows: Row[] = [];
  const end = Math.min(block.end, lastLine);
  for (let index = block.start + 2; index < end; index++) {
    const source = lines[index] ?? '';
    if (source.length > MAX_LINE_LENGTH || source.trim() === '') continue;
    rows.push({ line: index + 1, cells: readCells(source) });
  }
  return { header, rows };
}

/** A cell's text, or null when it is empty. */
export function emptyToNull(text: string): string | null {
  return text === '' ? null : text;
}

/** Text of a foreign cell: HTML entities decoded (`S&amp;O` → `S&O`); `<br>` is already a line break. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,31});/gi, (entity) => unescapeAll(entity));
}
