/** Reading the time cell of our own timeline table, exactly as the renderer writes it. */
import { parseCanonical } from '../../core/time/index.js';

/** What one of our time cells says. */
export interface OwnTime {
  at: string | null;
  written: string;
  approximate: boolean;
}

const CANONICAL = /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2}(?:\.\d{3})?)?)(?: \(([\s\S]*)\))?$/;
const UNRESOLVED = /^unresolved: ?([\s\S]*)$/;

/**
 * Reads `2024-03-01 14:05`, `~2024-03-01 14:05`, `2024-03-01 22:20 (14:20 PST)` (written time in
 * parentheses when it differs from the canonical text) and `unresolved: <written>`; null for anything else.
 */
export function parseOwnTimeCell(cell: string): OwnTime | null {
  const text = cell.trim();
  const approximate = text.startsWith('~');
  const body = approximate ? text.slice(1) : text;
  const unresolved = UNRESOLVED.exec(body);
  if (unresolved) return { at: null, written: unresolved[1] ?? '', approximate };
  const canonical = CANONICAL.exec(body);
  if (!canonical) return null;
  const at = parseCanonical(canonical[1] ?? '');
  if (at === null) return null;
  return { at, written: canonical[2] ?? canonical[1] ?? '', approximate };
}
