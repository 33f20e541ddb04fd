/** An incident revision's note in words: "facts: severity, teams" becomes "Facts changed: Severity, Teams". */
import type { IncidentFacts } from '../api/types.js';
import { FACT_LABELS } from './labels.js';

const FACTS = 'facts: ';

/** The name of a fact as the form shows it (a key the app does not know stays as written). */
function factLabel(key: string): string {
  return key in FACT_LABELS ? FACT_LABELS[key as keyof IncidentFacts] : key;
}

/** The note as the history shows it. */
export function revisionNoteLabel(note: string): string {
  if (note === 'created') return 'Recorded';
  if (note.startsWith(FACTS)) {
    const end = note.indexOf('; ');
    const keys = (end === -1 ? note.slice(FACTS.length) : note.slice(FACTS.length, end)).split(', ');
    return `Facts changed: ${keys.map(factLabel).join(', ')}${end === -1 ? '' : note.slice(end)}`;
  }
  return note.charAt(0).toUpperCase() + note.slice(1);
}
