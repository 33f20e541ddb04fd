/**
 * Import a tool's export into the timeline: pick the tool, choose the export file or paste its text, and see the
 * server's preview (how many events it would add, join to events other tools gave, or find already there; every entry
 * it leaves out and why; the events it would add) before anything changes. A zip of export files (a Slack workspace
 * export) is uploaded as it is. Slack and PagerDuty can instead be fetched live from their APIs (a channel's or an
 * incident's id) with a token, or with the one an admin stored. **Import** then sends the same on the version
 * the editor holds, and the editor loads the postmortem again.
 */
import { useId, useRef, useState, type ChangeEvent } from 'react';
import type { TimelineEvent } from '../../../../../src/core/postmortem.schema.js';
import type { TimelineSource } from '../../../../../src/importers/sources.js';
import { ApiError } from '../../../api/http.js';
import { importTimeline, previewTimelineImport, type LiveFetch, type TimelineImport } from '../../../api/timeline-import.js';
import type { PostmortemView } from '../../../api/types.js';
import { SelectField, TextArea, TextField } from '../../../components/fields.js';
import { ErrorNote, StatusNote } from '../../../components/notices.js';
import { TableHead } from '../../../components/table-head.js';
import { formatLocal, formatUtc, localZoneName } from '../../../editing/local-time.js';
import { addedEvents, describeImported, describeOmitted, describePreview, EXPORT_HINTS, IMPORT_SOURCES } from '../../../editing/timeline-import.js';
import { useAction } from '../../../hooks/use-action.js';
import { EVENT_KIND_LABELS } from '../../../postmortem/labels.js';

/** What the form needs of the open postmortem. */
export interface ImportTarget {
  id: string;
  /** Saves what the editor has pending; answers the postmortem as the server then has it (throws while a conflict waits). */
  save(): Promise<PostmortemView>;
  /** Loads the postmortem into the editor again, after an import changed it. */
  reload(): Promise<void>;
}

/** An export to send (its text, or a zip of export files, and what to call it where an entry of it is left out: the file's name), or what to fetch live. */
type Export = { name: string; text: string } | { name: string; zip: Blob } | { fetch: LiveFetch };

/** The tools whose API the server fetches from, and what their id names. */
const FETCHABLE: Partial<Record<TimelineSource, { id: string; token: string }>> = {
  slack: { id: 'Channel id (C…)', token: 'A bot token with channels:history (groups:history for a private channel, users:read for names). Sent for this import only, never stored. Leave it empty to use the Slack token an admin stored under Integrations.' },
  pagerduty: { id: 'Incident id', token: 'A REST API key that can read the incident. Sent for this import only, never stored. Leave it empty to use the PagerDuty key an admin stored under Integrations.' },
};

/** What to import: the tool, its export, and for CSV the zone of times written without one. */
interface Request {
  source: TimelineSource;
  exported: Export;
  timezone: string;
}

/** A preview, and the request it answers: Import sends the same. */
interface Previewed extends Request {
  result: TimelineImport;
  /** The events it would add. */
  events: TimelineEvent[];
}

const PASTED = 'the pasted text';

function AddedTable({ events }: { events: readonly TimelineEvent[] }) {
  return (
    <div className="table-scroll">
      <table className="edit-table import-preview-table">
        <caption className="visually-hidden">Events to add</caption>
        <TableHead columns={[`Time (${localZoneName()})`, 'UTC', 'What happened', 'Who', 'Kind']} />
        <tbody>
          {events.map((event, i) => (
            <tr key={`${event.source ?? ''}-${i}`}>
              <td>{formatLocal(event.at, { seconds: true })}</td>
              <td>{formatUtc(event.at, { seconds: true })}</td>
              <td>{event.text}</td>
              <td>{event.actor ?? '—'}</td>
              <td>{event.kind === null ? '—' : EVENT_KIND_LABELS[event.kind]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The server's preview: the counts, what the source left out on purpose, the entries left out with why, the events to add. */
function Preview({ previewed }: { previewed: Previewed }) {
  const { result, events } = previewed;
  const omitted = describeOmitted(result.omitted);
  return (
    <section className="paste-preview" aria-label="Preview of the import">
      <p role="status">{describePreview(result)}</p>
      {omitted === '' ? null : <p className="import-omitted">{omitted}</p>}
      {events.length === 0 ? null : <AddedTable events={events} />}
      {result.leftOut.length === 0 ? null : (
        <div className="note note-error">
          {result.leftOut.length === 1 ? '1 entry is' : `${result.leftOut.length} entries are`} left out and will not be imported:
          <ul>
            {result.leftOut.map((left, i) => (
              <li key={i}>
                <strong>{left.entry}</strong>: {left.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** A refusal in words: a stale version says what happened and what to do; the others as the server words them. */
function ImportError({ error }: { error: unknown }) {
  if (error instanceof ApiError && error.status === 412) {
    return <ErrorNote>Someone else saved a change to this postmortem after your editor loaded it, so nothing was imported. Reload the page to get their change, then preview again.</ErrorNote>;
  }
  return <ErrorNote error={error} />;
}

/** The import form: the tool, the export (a file or pasted text), Preview, and Import under the preview. */
export function TimelineImportForm({ target }: { target: ImportTarget }) {
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [source, setSource] = useState<TimelineSource | ''>('');
  const [file, setFile] = useState<Export | null>(null);
  const [pasted, setPasted] = useState('');
  const [live, setLive] = useState<LiveFetch>({ id: '', token: '' });
  const [timezone, setTimezone] = useState(localZoneName);
  const [previewed, setPreviewed] = useState<Previewed | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const action = useAction();

  const fetchable = source === '' ? undefined : FETCHABLE[source];
  const fetched = fetchable !== undefined && live.id.trim() !== '' ? { fetch: { id: live.id.trim(), ...(live.token?.trim() ? { token: live.token.trim() } : {}) } } : null;
  const exported: Export | null = file ?? (pasted.trim() === '' ? fetched : { name: PASTED, text: pasted });
  const request: Request | null = source === '' || exported === null ? null : { source, exported, timezone };
  const changed = () => {
    setPreviewed(null);
    setDone(null);
  };
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    changed();
    setPasted('');
    setFile(chosen === undefined ? null : /\.zip$/i.test(chosen.name) ? { name: chosen.name, zip: chosen } : { name: chosen.name, text: await chosen.text() });
  };
  const paste = (text: string) => {
    changed();
    setPasted(text);
    setFile(null);
    if (fileInput.current !== null) fileInput.current.value = '';
  };

  const preview = (asked: Request) =>
    action.run(async () => {
      const saved = await target.save();
      const result = await previewTimelineImport(target.id, { source: asked.source, ...asked.exported, timezone: asked.timezone });
      setPreviewed({ ...asked, result, events: addedEvents(saved.timeline, result.timeline) });
    });
  const run = (asked: Request) =>
    action.run(async () => {
      const saved = await target.save();
      const result = await importTimeline(target.id, saved.version, { source: asked.source, ...asked.exported, timezone: asked.timezone });
      setPreviewed(null);
      setDone(describeImported(asked.source, result));
      await target.reload();
    });

  return (
    <div className="paste-form">
      <SelectField
        label="Import from"
        emptyLabel="Choose the tool…"
        options={IMPORT_SOURCES}
        value={source}
        onChange={(value) => {
          changed();
          setSource(value);
        }}
        hint={source === '' ? 'The tool the export comes from.' : `${EXPORT_HINTS[source]}${source === 'csv' ? '' : ' One JSON value, or one per line.'}`}
      />
      {source !== 'csv' ? null : (
        <TextField
          label="Time zone of times written without one"
          value={timezone}
          onChange={(value) => {
            changed();
            setTimezone(value);
          }}
          hint="An IANA zone (Europe/Paris, UTC); yours by default. Times with an offset keep theirs."
        />
      )}
      <div className="field">
        <label className="field-label" htmlFor={fileId}>
          Export file
        </label>
        <input id={fileId} ref={fileInput} type="file" accept=".json,.jsonl,.ndjson,.csv,.txt,.zip,application/json,text/csv,text/plain,application/zip" onChange={(event) => void choose(event)} />
      </div>
      <TextArea label="…or paste the export" rows={6} value={pasted} onChange={paste} hint="Nothing changes before you press Import under the preview." />
      {fetchable === undefined ? null : (
        <fieldset className="import-fetch">
          <legend>…or fetch it from the {source === 'slack' ? 'Slack' : 'PagerDuty'} API</legend>
          <TextField
            label={fetchable.id}
            value={live.id}
            onChange={(id) => {
              changed();
              setLive({ ...live, id });
            }}
            hint={source === 'slack' ? 'Only messages of the incident window are kept: an hour either side of the key times.' : undefined}
          />
          <TextField
            label="Token (optional)"
            type="password"
            autoComplete="off"
            value={live.token ?? ''}
            onChange={(token) => {
              changed();
              setLive({ ...live, token });
            }}
            hint={fetchable.token}
          />
        </fieldset>
      )}
      <div className="section-actions">
        <button type="button" disabled={action.busy || request === null} onClick={() => request !== null && void preview(request)}>
          Preview the import
        </button>
      </div>
      {previewed === null ? null : (
        <>
          <Preview previewed={previewed} />
          <button type="button" className="button-primary" disabled={action.busy || previewed.result.added + previewed.result.merged === 0} onClick={() => void run(previewed)}>
            Import
          </button>
        </>
      )}
      <ImportError error={action.error} />
      <StatusNote message={done} />
    </div>
  );
}
