/** Key times entered in the user's zone, each shown in UTC beside it, and the durations derived from them. */
import type { KeyTimes, Postmortem } from '../../../../../src/core/postmortem.schema.js';
import { deriveMetrics } from '../../../../../src/core/derived.js';
import { TextField } from '../../../components/fields.js';
import { formatMinutes, formatUtc, fromLocalInput, localZoneName, toLocalInput } from '../../../editing/local-time.js';
import type { EditorProps } from './editor-props.js';

const TIME_LABELS: Record<keyof KeyTimes, string> = {
  startedAt: 'Impact started',
  detectedAt: 'Detected',
  acknowledgedAt: 'Acknowledged',
  mitigatedAt: 'Mitigated',
  resolvedAt: 'Resolved',
};

/** Duration and time-to-X, recomputed from the draft on every keystroke (never typed). */
export function DerivedDurations({ draft }: { draft: Postmortem }) {
  const derived = deriveMetrics(draft);
  const rows: [string, number | null][] = [
    ['Duration', derived.durationMinutes],
    ['Time to detect', derived.timeToDetectMinutes],
    ['Time to acknowledge', derived.timeToAcknowledgeMinutes],
    ['Time to mitigate', derived.timeToMitigateMinutes],
    ['Time to resolve', derived.timeToResolveMinutes],
  ];
  return (
    <dl className="derived" aria-label="Derived durations" aria-live="polite">
      {rows.map(([label, minutes]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{formatMinutes(minutes)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The five key times. */
export function KeyTimesEditor({ draft, edit }: Pick<EditorProps, 'draft' | 'edit'>) {
  const setTime = (key: keyof KeyTimes, local: string) => edit((doc) => ({ ...doc, times: { ...doc.times, [key]: fromLocalInput(local) } }));
  return (
    <fieldset className="key-times">
      <legend>Key times, in your zone ({localZoneName()})</legend>
      {(Object.keys(TIME_LABELS) as (keyof KeyTimes)[]).map((key) => (
        <TextField
          key={key}
          label={TIME_LABELS[key]}
          type="datetime-local"
          value={toLocalInput(draft.times[key])}
          onChange={(value) => setTime(key, value)}
          hint={<span data-testid={`utc-${key}`}>{formatUtc(draft.times[key])}</span>}
        />
      ))}
    </fieldset>
  );
}
