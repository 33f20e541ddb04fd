/** Small coloured labels for status and severity (text, not colour alone, carries the meaning). */
import type { Severity, Status } from '../../../src/core/postmortem.schema.js';
import { STATUS_LABELS } from '../postmortem/labels.js';

/** The status of a postmortem. */
export function StatusBadge({ status }: { status: Status }) {
  return <span className={`badge badge-status-${status}`}>{STATUS_LABELS[status]}</span>;
}

/** The severity of a postmortem, or "no severity". */
export function SeverityBadge({ severity }: { severity: Severity | null }) {
  return <span className={`badge badge-${severity?.toLowerCase() ?? 'none'}`}>{severity ?? 'no severity'}</span>;
}
