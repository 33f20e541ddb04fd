/** Reading one action item written as text (a list item or a paragraph): title, owner, due, priority, status, ticket. */
import type { ActionItem, ActionStatus } from '../../core/postmortem.schema.js';
import { newActionItem } from '../../core/postmortem.js';
import {
  dropTrailingTicket,
  findTicket,
  parsePriority,
  parseStatus,
  takeCheckbox,
  takeDue,
  takeOwner,
  takePriorityPrefix,
  takeStatusMarker,
} from './references.js';

/** Texts longer than this are kept whole as the title: no field is looked for in them. */
export const MAX_ITEM_TEXT = 2_000;

const LINK_ONLY = /^\[([^\]]+)\]\((\S+?)\)$/;
const URL_ONLY = /^<?(https?:\/\/\S+?)>?$/;
const BOLD_TITLE = /^(\*\*|__)(.+?)\1([\s\S]*)$/;
const SEPARATOR = /^\s*[:.\-–—]\s*/;

/** Splits `**Title**: explanation` into title and rationale; a bold phrase that runs on into the sentence stays whole. */
function splitBoldTitle(text: string): { title: string; rationale: string | null } {
  const m = BOLD_TITLE.exec(text);
  if (!m) return { title: text, rationale: null };
  const bold = (m[2] ?? '').trim().replace(/[:.]$/, '');
  const after = m[3] ?? '';
  const separated = SEPARATOR.test(after) || /[:.]$/.test((m[2] ?? '').trim());
  const rest = after.replace(SEPARATOR, '').trim();
  if (rest === '') return { title: bold, rationale: null };
  if (!separated && /^[a-z(]/.test(rest)) return { title: `${bold} ${rest}`, rationale: null };
  return { title: bold, rationale: rest };
}

/** An action item read from its text: `- [x] **HIGH** **Add alerting**: why … Owner: @jane, Due: 2024-05-01 (#123)`. */
export function parseItemText(source: string): ActionItem {
  const text = source.trim();
  if (text.length > MAX_ITEM_TEXT) return newActionItem(text);
  const checkbox = takeCheckbox(text);
  const priority = takePriorityPrefix(checkbox.text);
  const marker = takeStatusMarker(priority.text);
  const owner = takeOwner(marker.text);
  const due = takeDue(owner.text);
  const rest = due.text.trim();
  const item = newActionItem(rest);
  item.priority = priority.value;
  item.status = marker.value ?? checkbox.value ?? 'open';
  item.owner = owner.value;
  item.due = due.value;
  const link = LINK_ONLY.exec(rest);
  const url = URL_ONLY.exec(rest);
  if (link) {
    item.title = link[1] ?? rest;
    item.ticket = link[2] ?? null;
  } else if (url) {
    item.title = url[1] ?? rest;
    item.ticket = item.title;
  } else {
    item.ticket = findTicket(rest);
    const split = splitBoldTitle(item.ticket ? dropTrailingTicket(rest, item.ticket) : rest);
    item.title = split.title.replace(/[\s,;:]+$/, '');
    item.rationale = split.rationale;
  }
  return item;
}

const LABELLED = /^[*_]*(why|rationale|owners?|assignee|due(?: date)?|deadline|ticket|issue|priority|status|verification|verify|how to verify)[*_]*\s*:[*_]*\s*([\s\S]+)$/i;

/** Folds a labelled sub-bullet (`Why: …`, `Owner: …`, `Due: …`, `Ticket: …`) into the item; false when it has no known label. */
export function foldLabelledLine(item: ActionItem, line: string): boolean {
  const m = LABELLED.exec(line.trim());
  if (!m) return false;
  const label = (m[1] ?? '').toLowerCase();
  const value = (m[2] ?? '').trim();
  if (label === 'why' || label === 'rationale') item.rationale = value;
  else if (label.startsWith('owner') || label === 'assignee') item.owner = value;
  else if (label.startsWith('due') || label === 'deadline') item.due = value;
  else if (label === 'ticket' || label === 'issue') item.ticket = findTicket(value) ?? value;
  else if (label === 'priority') item.priority = parsePriority(value) ?? item.priority;
  else if (label === 'status') item.status = parseStatus(value) ?? item.status;
  else item.verification = value;
  return true;
}

/** What a horizon subheading says about the items under it (`Immediate Actions (Completed)`, `Long-term (Target: Q4 2025)`). */
export interface Horizon {
  status: ActionStatus | null;
  due: string | null;
}

/** No horizon: the items say everything themselves. */
export const NO_HORIZON: Horizon = { status: null, due: null };

/** The status and target date a subheading gives the items under it. */
export function horizonOf(heading: string): Horizon {
  if (heading.length > MAX_ITEM_TEXT) return NO_HORIZON;
  const status = /\b(?:completed|done|finished)\b/i.test(heading)
    ? 'done'
    : /\bin[ -]progress\b/i.test(heading)
      ? 'in_progress'
      : null;
  const target = /\btarget(?:ed)?\b\s*:?\s*([^()]+)/i.exec(heading);
  return { status, due: target?.[1]?.trim() || null };
}

/** Applies a horizon to an item: its status when the item is merely open, its target when the item has no due date. */
export function applyHorizon(item: ActionItem, horizon: Horizon): void {
  if (horizon.status && item.status === 'open') item.status = horizon.status;
  if (item.due === null) item.due = horizon.due;
}
