/** The timeline: rows in time order (times in the user's zone, UTC beside), add, edit, delete, paste many lines, and import a tool's export. */
import { lazy, Suspense, useRef, useState } from 'react';
import type { EventKind, TimelineEvent } from '../../../../../src/core/postmortem.schema.js';
import { SelectField, TextArea, TextField } from '../../../components/fields.js';
import { canonicalWritten, formatUtc, fromLocalInput, toLocalInput } from '../../../editing/local-time.js';
import { Loading } from '../../../components/notices.js';
import { EVENT_KIND_LABELS } from '../../../postmortem/labels.js';
import { sectionDomId } from '../../../postmortem/sections.js';
import { EditorSection } from './editor-section.js';
import { removeAt, replaceAt, setField, type EditorProps } from './editor-props.js';
import { TableHead } from '../../../components/table-head.js';
import { TimelineImportForm, type ImportTarget } from './timeline-import-form.js';

// The paste form reads times as the Markdown importer does, with its zone library: loaded when it is opened.
const TimelinePaste = lazy(() => import('./timeline-paste-form.js').then((module) => ({ default: module.TimelinePaste })));

/** Events sorted by time (stable; events without a time keep their place at the end). */
function inTimeOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
  const timed = events.filter((e) => e.at !== null).sort((a, b) => (a.at as string).localeCompare(b.at as string));
  return [...timed, ...events.filter((e) => e.at === null)];
}

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
        {/* Wraps and grows with the text instead of cutting it off; an event is one line, so Enter adds a space. */}
        <TextArea compact rows={1} label={`What happened (event ${n})`} value={event.text} onChange={(text) => onChange({ ...event, text: text.replace(/\r?\n/g, ' ') })} />
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

/** Events in time order, with the row keys that go with them moved along. */
function sortedWithKeys(events: readonly TimelineEvent[], keys: readonly number[]): { events: TimelineEvent[]; keys: number[] } {
  const sorted = inTimeOrder(events);
  return { events: sorted, keys: sorted.map((event) => keys[events.indexOf(event)] as number) };
}

/** The timeline section; `importTarget` is the postmortem a tool's export is imported into. */
export function TimelineEditor({ draft, edit, findings, importTarget }: EditorProps & { importTarget: ImportTarget }) {
  const [pasting, setPasting] = useState(false);
  const [importing, setImporting] = useState(false);
  const events = draft.timeline;
  // Row keys that follow each event when the rows are put back in time order (after a time is set, on blur): keyed
  // by position, the field with the focus stayed in place and the next keystrokes went into another event. A
  // timeline replaced from elsewhere (a save, a merge) keeps its keys by position.
  const rows = useRef({ keys: [] as number[], next: 0 }).current;
  while (rows.keys.length < events.length) rows.keys.push(rows.next++);
  rows.keys.length = events.length;
  const set = (next: TimelineEvent[]) => edit(setField('timeline', next));
  const setInTimeOrder = (next: readonly TimelineEvent[], keys: readonly number[]) => {
    const sorted = sortedWithKeys(next, keys);
    rows.keys = sorted.keys;
    set(sorted.events);
  };
  const newKeys = (count: number) => Array.from({ length: count }, () => rows.next++);
  const lastTime = [...events].reverse().find((e) => e.at !== null)?.at ?? draft.times.startedAt;
  return (
    <EditorSection section="timeline" findings={findings} hint="Rows stay in time order. Times are in your zone; UTC is shown under each.">
      {events.length === 0 ? null : (
        <div className="table-scroll">
          <table className="edit-table timeline-table">
            <TableHead columns={['Time', 'What happened', 'Who', 'Kind', '']} />
            <tbody>
              {events.map((event, i) => (
                <TimelineRow
                  key={rows.keys[i]}
                  event={event}
                  index={i}
                  onChange={(e) => set(replaceAt(events, i, () => e))}
                  onTimeSet={() => setInTimeOrder(events, rows.keys)}
                  onRemove={() => {
                    rows.keys = removeAt(rows.keys, i);
                    set(removeAt(events, i));
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="section-actions">
        <button type="button" onClick={() => setInTimeOrder([...events, blankEvent(lastTime)], [...rows.keys, ...newKeys(1)])}>
          Add an event
        </button>
        <button type="button" aria-expanded={pasting} onClick={() => setPasting(!pasting)}>
          Paste several lines
        </button>
        <button type="button" aria-expanded={importing} onClick={() => setImporting(!importing)}>
          Import from a tool
        </button>
      </div>
      {pasting ? (
        <Suspense fallback={<Loading what="the paste form" />}>
          <TimelinePaste
            startedAt={draft.times.startedAt ?? lastTime}
            onAdd={(added, allRead) => {
              setInTimeOrder([...events, ...added], [...rows.keys, ...newKeys(added.length)]);
              if (allRead) setPasting(false);
            }}
          />
        </Suspense>
      ) : null}
      {importing ? <TimelineImportForm target={importTarget} /> : null}
    </EditorSection>
  );
}
