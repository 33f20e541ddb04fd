/** Action-item tables: our own (`| ID | Action | Owner | Due | Priority | Status | Ticket | Why | Verification |`) and foreign ones. */
import type { SourceSpan } from '../../core/document.js';
import { lineSpan } from '../../core/document.js';
import type { ActionItem } from '../../core/postmortem.schema.js';
import { newActionItem } from '../../core/postmortem.js';
import type { Block } from './blocks.js';
import { findTicket, parsePriority, parseStatus, takeStatusMarker, ticketCell } from './references.js';
import { decodeEntities, emptyToNull, readTable } from './table.js';
import type { Cell, Row } from './table.js';

type Field = 'id' | 'title' | 'owner' | 'due' | 'priority' | 'status' | 'ticket' | 'rationale' | 'verification';

/** One item read from a table row, where it is and where its owner cell is. */
export interface TableItem {
  item: ActionItem;
  span: SourceSpan;
  ownerSpan: SourceSpan | null;
}

const OWN_HEADERS: Record<string, Field> = {
  id: 'id',
  action: 'title',
  owner: 'owner',
  due: 'due',
  priority: 'priority',
  status: 'status',
  ticket: 'ticket',
  why: 'rationale',
  verification: 'verification',
};
const OWN_REQUIRED = ['action', 'owner', 'due', 'priority', 'status', 'ticket'];

const FOREIGN_HEADERS: readonly (readonly [Field, RegExp])[] = [
  ['id', /^(?:id|#|no\.?)$/],
  ['owner', /\b(?:owners?|who|assignee|responsible|assigned(?: to)?)\b/],
  ['due', /\b(?:due|deadline|target|eta)\b/],
  ['priority', /\b(?:priority|pri|prio)\b/],
  ['status', /\b(?:status|state)\b/],
  ['ticket', /\b(?:ticket|bug|issue|reference|ref|link|tracking|jira)\b/],
  ['rationale', /\b(?:why|rationale|reason)\b/],
  ['verification', /\b(?:verification|verify|verified by)\b/],
  ['title', /\b(?:action(?: items?)?|actions|task|item|what|description|remediation|follow[- ]?ups?)\b/],
];

function fieldsOfOwn(headers: readonly string[]): (Field | null)[] | null {
  const keys = headers.map((h) => h.toLowerCase());
  if (!OWN_REQUIRED.every((k) => keys.includes(k))) return null;
  if (!keys.every((k) => k in OWN_HEADERS)) return null;
  return keys.map((k) => OWN_HEADERS[k] ?? null);
}

function fieldsOfForeign(headers: readonly string[]): (Field | null)[] {
  const seen = new Set<Field>();
  const fields = headers.map((h) => {
    const lower = h.toLowerCase();
    const field = FOREIGN_HEADERS.find(([f, re]) => !seen.has(f) && re.test(lower))?.[0] ?? null;
    if (field) seen.add(field);
    return field;
  });
  if (!seen.has('title')) {
    const free = fields.indexOf(null);
    if (free >= 0) fields[free] = 'title';
  }
  return fields;
}

function cellSpan(line: number, cell: Cell): SourceSpan {
  return { line, column: cell.column, endLine: line, endColumn: cell.endColumn };
}

/** Our own row: every cell exactly as written, empty → null. */
function ownItem(row: Row, fields: readonly (Field | null)[]): ActionItem {
  const item = newActionItem('');
  fields.forEach((field, i) => {
    const text = row.cells[i]?.text ?? '';
    if (field === 'title') item.title = text;
    else if (field === 'priority') item.priority = parsePriority(text);
    else if (field === 'status') item.status = parseStatus(text) ?? 'open';
    else if (field) item[field] = emptyToNull(text);
  });
  return item;
}

/** A foreign row: entities decoded, `**DONE**`/`**TODO**` in any cell taken as the status. */
function foreignItem(row: Row, fields: readonly (Field | null)[]): ActionItem {
  const item = newActionItem('');
  let marked = false;
  fields.forEach((field, i) => {
    const marker = takeStatusMarker(decodeEntities(row.cells[i]?.text ?? ''));
    if (marker.value) {
      item.status = marker.value;
      marked = true;
    }
    const text = marker.text.trim();
    if (field === 'title') item.title = text;
    else if (field === 'priority') item.priority = parsePriority(text);
    else if (field === 'status') item.status = parseStatus(text) ?? (marked ? item.status : 'open');
    else if (field === 'ticket') item.ticket = ticketCell(text) === null ? null : (findTicket(text) ?? text);
    else if (field) item[field] = emptyToNull(text);
  });
  return item;
}

/** The items of an action-item table; rows with every cell empty (templates) are skipped. */
export function readActionTable(block: Block, lines: readonly string[], lastLine: number): TableItem[] {
  const table = readTable(block, lines, lastLine);
  const headers = table.header.map((c) => c.text);
  const own = fieldsOfOwn(headers);
  const fields = own ?? fieldsOfForeign(headers);
  const owner = fields.indexOf('owner');
  const found: TableItem[] = [];
  for (const row of table.rows) {
    if (row.cells.every((c) => c.text === '')) continue;
    const item = own ? ownItem(row, fields) : foreignItem(row, fields);
    const ownerCell = owner >= 0 ? row.cells[owner] : undefined;
    found.push({
      item,
      span: lineSpan(row.line),
      ownerSpan: item.owner !== null && ownerCell ? cellSpan(row.line, ownerCell) : null,
    });
  }
  return found;
}
