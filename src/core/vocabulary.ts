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

/** True when `value` is one of the strings of `list`. */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
