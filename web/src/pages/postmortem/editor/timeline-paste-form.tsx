/**
 * Paste lines that start with a time ("[14:05] …", "2:10 PM …", "14:25 UTC …") and add them to the timeline at once,
 * after a preview of what will be added: the time each line is read as, its day (a line moved to the next day says
 * so, and can be put back; a day the lines name, "Day 2", "Tuesday", "The next day", says which date it is read as),
 * and every line that could not be read, with why.
 */
import { useMemo, useState } from 'react';
import type { TimelineEvent } from '../../../../../src/core/postmortem.schema.js';
import { CheckboxField, SelectField, TextArea, TextField } from '../../../components/fields.js';
import { TableHead } from '../../../components/table-head.js';
import { formatUtc, localZoneName } from '../../../editing/local-time.js';
import {
  describeDayNote,
  describeKept,
  describeMove,
  describeNamedDay,
  formatDay,
  parseDayInput,
  pasteZone,
  readPastedLines,
  type PastedEvent,
  type PasteReading,
  type UnreadLine,
} from '../../../editing/timeline-paste.js';

const ZONES = { local: `My zone (${localZoneName()})`, utc: 'UTC' } as const;
type ZoneChoice = keyof typeof ZONES;

/** The date part of an instant in the given zone, as a date input value. */
function dayOf(utc: string | null, zone: ZoneChoice): string {
  const date = utc === null ? new Date() : new Date(utc);
  if (zone === 'utc') return date.toISOString().slice(0, 10);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The label of the check box that puts a line on the day after the line before it. */
function nextDayLabel(line: number): string {
  return `Line ${line} on the next day`;
}

/**
 * The user's answers about days, keyed by line number and the line's text: an answer follows its line while other
 * lines are edited and is dropped when that line changes (the preview then shows the reader's own choice again).
 */
type DayChoices = ReadonlyMap<string, boolean>;

function choiceKey(line: number, text: string): string {
  return `${line}\n${text}`;
}

function choicesByLine(choices: DayChoices, lines: readonly string[]): Map<number, boolean> {
  const byLine = new Map<number, boolean>();
  for (const [key, next] of choices) {
    const [line = '', ...text] = key.split('\n');
    if (lines[Number(line) - 1] === text.join('\n')) byLine.set(Number(line), next);
  }
  return byLine;
}

/** What the preview says in one sentence (announced as it changes). */
function summary(reading: PasteReading): string {
  const parts = [reading.events.length === 0 ? 'No events to add.' : `${count(reading.events.length, 'event', 'events')} to add.`];
  const moved = reading.events.filter((e) => e.movedBy !== null).length;
  if (moved > 0) parts.push(`${count(moved, 'line is', 'lines are')} moved to a later day.`);
  const named = reading.events.filter((e) => e.namedDay !== null).length;
  if (named > 0) parts.push(`${count(named, 'line is', 'lines are')} on a day named in the lines.`);
  if (reading.unread.length > 0) parts.push(`${count(reading.unread.length, 'line', 'lines')} not read.`);
  return parts.join(' ');
}

function Notes({ event, onNextDay }: { event: PastedEvent; onNextDay(next: boolean): void }) {
  const notes: string[] = [];
  const dayNote = describeDayNote(event);
  if (dayNote !== null) notes.push(dayNote);
  if (event.lineZone !== null) notes.push(`zone ${event.lineZone.written} from the line`);
  if (event.dated) notes.push('date from the line');
  if (event.event.approximate) notes.push('approximate');
  if (event.problem !== null) notes.push(`check: ${event.problem}`);
  return (
    <>
      {event.earlier === null ? null : <CheckboxField label={nextDayLabel(event.line)} checked={event.nextDay} onChange={onNextDay} />}
      {notes.length === 0 ? null : <span className="field-hint">{notes.join('; ')}</span>}
    </>
  );
}

function PreviewTable({ reading, zoneLabel, onNextDay }: { reading: PasteReading; zoneLabel: string; onNextDay(event: PastedEvent, next: boolean): void }) {
  return (
    <div className="table-scroll">
      <table className="edit-table paste-preview-table">
        <caption className="visually-hidden">Events to add</caption>
        <TableHead columns={['Line', 'Time as written', `Day and time (${zoneLabel})`, 'Saved as (UTC)', 'What happened', 'Notes']} />
        <tbody>
          {reading.events.map((event) => (
            <tr key={event.line} data-line={event.line}>
              <td>{event.line}</td>
              <td>{event.written}</td>
              <td>
                {formatDay(event.day)}, {event.clock}
                {event.movedBy === null && event.namedDay?.reference.kind !== 'nextDay' ? null : (
                  <>
                    {' '}
                    <span className="badge">next day</span>
                  </>
                )}
              </td>
              <td>{formatUtc(event.event.at)}</td>
              <td>{event.event.text}</td>
              <td>
                <Notes event={event} onNextDay={(next) => onNextDay(event, next)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function UnreadList({ unread }: { unread: readonly UnreadLine[] }) {
  return (
    <ul>
      {unread.map((u) => (
        <li key={u.line}>
          <strong>Line {u.line}</strong> “{u.text.trim()}”: {u.reason}
        </li>
      ))}
    </ul>
  );
}

/** The preview of what will be added: the days moved, the days named, the events, the lines that set a date or zone, the lines not read. */
function Preview({ reading, zoneLabel, onNextDay }: { reading: PasteReading; zoneLabel: string; onNextDay(event: PastedEvent, next: boolean): void }) {
  return (
    <section className="paste-preview" aria-label="Preview of the events to add">
      <p role="status">{summary(reading)}</p>
      {reading.moves.map((move) => (
        <p key={`move-${move.line}`} className="note">
          {describeMove(move)} Untick “{nextDayLabel(move.line)}” to keep {move.lines.length === 1 ? 'it' : 'them'} on the day of the line before.
        </p>
      ))}
      {reading.kept.map((event) => (
        <p key={`kept-${event.line}`} className="note">
          {describeKept(event)} Tick “{nextDayLabel(event.line)}” if it belongs to the next day.
        </p>
      ))}
      {reading.namedDays.map((named) => (
        <p key={`named-${named.line}`} className="note">
          {describeNamedDay(named)}
        </p>
      ))}
      {reading.events.length === 0 ? null : <PreviewTable reading={reading} zoneLabel={zoneLabel} onNextDay={onNextDay} />}
      {reading.settings.length === 0 ? null : (
        <ul className="field-hint">
          {reading.settings.map((s) => (
            <li key={s.line}>
              Line {s.line} sets {s.sets} for the lines after it.
            </li>
          ))}
        </ul>
      )}
      {reading.unread.length === 0 ? null : (
        <div className="note note-error">
          {count(reading.unread.length, 'line', 'lines')} cannot be read and will not be added:
          <UnreadList unread={reading.unread} />
        </div>
      )}
    </section>
  );
}

/** The paste form: lines, day and zone, the preview, and the button that adds what the preview shows. */
export function TimelinePaste({ startedAt, onAdd }: { startedAt: string | null; onAdd(events: TimelineEvent[], allRead: boolean): void }) {
  const [text, setText] = useState('');
  const [zone, setZone] = useState<ZoneChoice>('local');
  const [day, setDay] = useState(dayOf(startedAt, 'local'));
  const [choices, setChoices] = useState<DayChoices>(new Map());
  const [leftOver, setLeftOver] = useState<{ added: number; unread: UnreadLine[] } | null>(null);

  const lines = useMemo(() => text.split(/\r?\n/), [text]);
  const reading = useMemo(
    () => readPastedLines(text, { day: parseDayInput(day), zone: pasteZone(zone, localZoneName()), nextDay: choicesByLine(choices, lines) }),
    [text, lines, day, zone, choices],
  );

  const edit = (value: string) => {
    setText(value);
    setLeftOver(null);
  };
  const setNextDay = (event: PastedEvent, next: boolean) => {
    const updated = new Map(choices);
    updated.set(choiceKey(event.line, lines[event.line - 1] ?? ''), next);
    setChoices(updated);
  };
  const add = () => {
    if (reading.events.length === 0) return;
    onAdd(
      reading.events.map((e) => e.event),
      reading.unread.length === 0,
    );
    // What was not added stays to be fixed, with the lines that set the day or zone it is read in.
    const keep = new Set([...reading.unread, ...reading.settings].map((l) => l.line));
    setText(reading.unread.length === 0 ? '' : lines.filter((_, i) => keep.has(i + 1)).join('\n'));
    setChoices(new Map());
    setLeftOver({ added: reading.events.length, unread: reading.unread });
  };

  return (
    <div className="paste-form">
      <TextArea
        label="Lines to add"
        rows={6}
        value={text}
        onChange={edit}
        placeholder={'[14:02] Deploy of checkout v142 started\n2:09 PM Latency alert fired\n14:20 UTC Rolled back'}
        hint="One event per line, starting with its time: 14:05, [14:05], 2:10 PM, 14:05 UTC, 2024-03-01 14:05, Day 2 09:00, Tuesday 14:05… A date or zone written on a line wins over the choices below; a line “Day 2”, “Tuesday” or “The next day” sets the day of the lines after it. Nothing is added before you confirm under the preview."
      />
      <div className="form-grid">
        <TextField label="Day of the first line" type="date" value={day} onChange={setDay} error={parseDayInput(day) === null ? 'Choose the day of the first line.' : undefined} />
        <SelectField label="The times are in" options={ZONES} value={zone} onChange={(value) => value !== '' && setZone(value)} />
      </div>
      {leftOver !== null && leftOver.unread.length > 0 ? (
        <div role="alert" className="note note-error">
          Added {count(leftOver.added, 'event', 'events')}. Not added, and left in the box above to fix:
          <ul>
            {leftOver.unread.map((u) => (
              <li key={u.line}>
                “{u.text.trim()}”: {u.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {text.trim() === '' ? null : <Preview reading={reading} zoneLabel={zone === 'utc' ? 'UTC' : localZoneName()} onNextDay={setNextDay} />}
      <button type="button" className="button-primary" onClick={add} disabled={reading.events.length === 0}>
        Add these events ({reading.events.length})
      </button>
    </div>
  );
}
