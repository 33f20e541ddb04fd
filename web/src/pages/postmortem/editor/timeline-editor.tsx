/** The timeline: rows in time order (times in the user's zone, UTC beside), add, edit, delete, and paste many lines. */
import { useState } from 'react';
import type { EventKind, TimelineEvent } from '../../../../../src/core/postmortem.schema.js';
import { SelectField, TextField } from '../../../components/fields.js';
import { canonicalWritten, formatUtc, fromLocalInput, toLocalInput } from '../../../editing/local-time.js';
import { inTimeOrder } from '../../../editing/timeline-paste.js';
import { EVENT_KIND_LABELS } from '../../../postmortem/labels.js';
import { sectionDomId } from '../../../postmortem/sections.js';
import { EditorSection } from './editor-section.js';
import { removeAt, replaceAt, setField, type EditorProps } from './editor-props.js';
import { TimelinePaste } from './timeline-paste-form.js';
import { TableHead } from '../../../components/table-head.js';

function blankEvent(at: string | null): TimelineEvent {
  return { at, written: at === null ? '' : canonicalWritten(at), approximate: false, text: '', actor: null, kind: null, source: 'typed' };
}

function TimelineRow({ event, index, onChange, onTimeSet, onRemove }: { event: TimelineEvent; index: number; onChange(e: TimelineEvent): void; onTimeSet(): void; onRemove(): void }) {
  const n = index + 1;
  return (
    <tr id={sectionDomId('timeline', index)}>
      <td>
        <TextField
          compact
          label={`Time of event ${n}`}
          type="datetime-local"
          value={toLocalInput(event.at)}
          onChange={(local) => {
            const at = fromLocalInput(local);
            // Cleared: a time it had goes with its text; an unresolved one as imported ("around 3pm") is kept.
            const written = at !== null ? canonicalWritten(at) : event.at !== null ? '' : event.written;
            onChange({ ...event, at, written });
          }}
          onBlur={onTimeSet}
          hint={event.at === null && event.written !== '' ? `unresolved: ${event.written}` : formatUtc(event.at)}
        />
      </td>
      <td>
        <TextField compact label={`What happened (event ${n})`} value={event.text} onChange={(text) => onChange({ ...event, text })} />
      </td>
      <td>
        <TextField compact label={`Who (event ${n})`} value={event.actor ?? ''} onChange={(actor) => onChange({ ...event, actor: actor.trim() === '' ? null : actor })} />
      </td>
      <td>
        <SelectField compact label={`Kind of event ${n}`} emptyLabel="—" options={EVENT_KIND_LABELS} value={event.kind ?? ''} onChange={(kind) => onChange({ ...event, kind: kind === '' ? null : (kind as EventKind) })} />
      </td>
      <td>
        <button type="button" className="button-quiet" onClick={onRemove} aria-label={`Delete event ${n}`}>
          Delete
        </button>
      </td>
    </tr>
  );
}

/** The timeline section. */
export function TimelineEditor({ draft, edit, findings }: EditorProps) {
  const [pasting, setPasting] = useState(false);
  const events = draft.timeline;
  const set = (next: TimelineEvent[]) => edit(setField('timeline', next));
  const sort = () => edit((doc) => ({ ...doc, timeline: inTimeOrder(doc.timeline) }));
  const lastTime = [...events].reverse().find((e) => e.at !== null)?.at ?? draft.times.startedAt;
  return (
    <EditorSection section="timeline" findings={findings} hint="Rows stay in time order. Times are in your zone; UTC is shown under each.">
      {events.length === 0 ? null : (
        <div className="table-scroll">
          <table className="edit-table timeline-table">
            <TableHead columns={['Time', 'What happened', 'Who', 'Kind', '']} />
            <tbody>
              {events.map((event, i) => (
                <TimelineRow key={i} event={event} index={i} onChange={(e) => set(replaceAt(events, i, () => e))} onTimeSet={sort} onRemove={() => set(removeAt(events, i))} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="section-actions">
        <button type="button" onClick={() => set(inTimeOrder([...events, blankEvent(lastTime)]))}>
          Add an event
        </button>
        <button type="button" aria-expanded={pasting} onClick={() => setPasting(!pasting)}>
          Paste several lines
        </button>
      </div>
      {pasting ? (
        <TimelinePaste
          startedAt={draft.times.startedAt ?? lastTime}
          onAdd={(added, allRead) => {
            set(inTimeOrder([...events, ...added]));
            if (allRead) setPasting(false);
          }}
        />
      ) : null}
    </EditorSection>
  );
}
