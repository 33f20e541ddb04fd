/** The deadline of an incident that most needs attention: the first late one, else due soon, pending, met. */
import type { Deadline, Deadlines } from '../../../src/core/incident.js';

/** From most to least urgent. */
const URGENCY: readonly Deadline['state'][] = ['late', 'due_soon', 'pending', 'met'];

/** The deadlines in the order they fall. */
export const DEADLINE_KEYS: readonly (keyof Deadlines)[] = ['draftBy', 'meetingBy', 'publishBy'];

/** The most urgent deadline and which it is (the earliest of equals), or null when there are none. */
export function worstDeadline(deadlines: Deadlines | null): { key: keyof Deadlines; deadline: Deadline } | null {
  if (deadlines === null) return null;
  for (const state of URGENCY) {
    const key = DEADLINE_KEYS.find((k) => deadlines[k].state === state);
    if (key !== undefined) return { key, deadline: deadlines[key] };
  }
  return null;
}
