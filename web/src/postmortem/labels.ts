/** Words shown for the model's enumerations, in the order they are offered. */
import type { ActionStatus, DetectionMethod, EventKind, FactorCategory, Kind, Priority, Severity, Status } from '../../../src/core/postmortem.schema.js';

export const STATUS_LABELS = { draft: 'Draft', in_review: 'In review', final: 'Final', published: 'Published' } satisfies Record<Status, string>;

export const SEVERITY_LABELS = {
  SEV1: 'SEV1 — critical',
  SEV2: 'SEV2 — major',
  SEV3: 'SEV3 — minor',
  SEV4: 'SEV4 — low',
} satisfies Record<Severity, string>;

export const KIND_LABELS = { full: 'Full', lightweight: 'Lightweight', near_miss: 'Near miss' } satisfies Record<Kind, string>;

export const EVENT_KIND_LABELS = {
  change: 'Change',
  alert: 'Alert',
  detection: 'Detection',
  escalation: 'Escalation',
  acknowledgement: 'Acknowledgement',
  investigation: 'Investigation',
  decision: 'Decision',
  mitigation: 'Mitigation',
  resolution: 'Resolution',
  communication: 'Communication',
} satisfies Record<EventKind, string>;

export const DETECTION_LABELS = {
  monitoring: 'Monitoring alert',
  customer_report: 'Customer report',
  internal: 'Internal (a person noticed)',
} satisfies Record<DetectionMethod, string>;

export const FACTOR_LABELS = {
  process: 'Process',
  technical: 'Technical',
  cultural: 'Cultural',
  environmental: 'Environmental',
} satisfies Record<FactorCategory, string>;

export const PRIORITY_LABELS = { P1: 'P1', P2: 'P2', P3: 'P3' } satisfies Record<Priority, string>;

export const ACTION_STATUS_LABELS = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  verified: 'Verified',
  wont_do: 'Won’t do',
} satisfies Record<ActionStatus, string>;
