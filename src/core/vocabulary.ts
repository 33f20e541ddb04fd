/**
 * Fixed vocabularies of the postmortem model as plain lists: the zod schemas are built from them, and
 * code on the lint path reads them here so that it does not load zod (the lint workers start faster).
 */

/** What a timeline event records. */
export const EVENT_KINDS = [
  'change',
  'alert',
  'detection',
  'escalation',
  'acknowledgement',
  'investigation',
  'decision',
  'mitigation',
  'resolution',
  'communication',
] as const;

/** How an incident was detected. */
export const DETECTION_METHODS = ['monitoring', 'customer_report', 'internal'] as const;

/** Where an action item can stand. */
export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'verified', 'wont_do'] as const;

/** The action-item statuses that need no more work: not open, not overdue, not counted as open. */
export const CLOSED_ACTION_STATUSES: ReadonlySet<(typeof ACTION_STATUSES)[number]> = new Set(['done', 'verified', 'wont_do']);

/** True when `value` is one of the strings of `list`. */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
