/** Paste lines of "HH:MM something happened" and add them all to the timeline at once. */
import { useState } from 'react';
import type { TimelineEvent } from '../../../../../src/core/postmortem.schema.js';
import { SelectField, TextArea, TextField } from '../../../components/fields.js';
import { localZoneName } from '../../../editing/local-time.js';
import { readPastedLines } from '../../../editing/timeline-paste.js';

const ZONES = { local: `My zone (${localZoneName()})`, utc: 'UTC' } as const;

/** The date part of an instant in the given zone, as a date input value. */
function dayOf(utc: string | null, zone: keyof typeof ZONES): string {
  const date = utc === null ? new Date() : new Date(utc);
  if (zone === 'utc') return date.toISOString().slice(0, 10);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** The paste form. */
export function TimelinePaste({ startedAt, onAdd }: { startedAt: string | null; onAdd(events: TimelineEvent[], allRead: boolean): void }) {
  const [text, setText] = useState('');
  const [zone, setZone] = useState<keyof typeof ZONES>('local');
  const [day, setDay] = useState(dayOf(startedAt, 'local'));
  const [skipped, setSkipped] = useState<number[]>([]);

  const add = () => {
    const [y, m, d] = day.split('-').map(Number);
    const base = zone === 'utc' ? new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)) : new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
    const read = readPastedLines(text, base, zone);
    setSkipped(read.skipped.map((s) => s.line));
    setText(read.skipped.map((s) => s.text).join('\n'));
    if (read.events.length > 0) onAdd(read.events, read.skipped.length === 0);
  };

  return (
    <div className="paste-form">
      <TextArea label="Lines to add" rows={6} value={text} onChange={setText} placeholder={'14:02 Deploy of checkout v142 started\n14:09 Latency alert fired\n14:20 Rolled back'} hint="One event per line: HH:MM, then what happened. A time earlier than the line before counts as the next day." />
      <div className="form-grid">
        <TextField label="Day of the first line" type="date" value={day} onChange={setDay} />
        <SelectField label="The times are in" options={ZONES} value={zone} onChange={(value) => value !== '' && setZone(value)} />
      </div>
      {skipped.length > 0 ? <p role="alert" className="note note-error">Lines {skipped.join(', ')} have no HH:MM time and were not added; they are left above to fix.</p> : null}
      <button type="button" className="button-primary" onClick={add} disabled={text.trim() === ''}>
        Add these events
      </button>
    </div>
  );
}
