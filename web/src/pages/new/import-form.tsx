/** Paste or upload a Markdown postmortem; the server's importer reads it and says what it could not read, converted or assumed. */
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { importPostmortem } from '../../api/postmortems.js';
import type { ImportDiagnostic, PostmortemView } from '../../api/types.js';
import { TextArea } from '../../components/fields.js';
import { ErrorNote } from '../../components/notices.js';
import { Link } from '../../routing/router.js';
import { postmortemPath } from '../../routing/routes.js';

/** One group of the importer's notes, by line. */
function DiagnosticList({ heading, items }: { heading: string; items: ImportDiagnostic[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <p>{heading}</p>
      <ul className="diagnostics">
        {items.map((d, i) => (
          <li key={i}>
            <strong>Line {d.line}</strong>: {d.message}
            {d.suggestion === undefined ? null : <div className="suggestion">{d.suggestion}</div>}
          </li>
        ))}
      </ul>
    </>
  );
}

/** "one part", "3 parts". */
function count(n: number, one: string, many: string): string {
  return n === 1 ? `one ${one}` : `${n} ${many}`;
}

function ImportReport({ created, diagnostics }: { created: PostmortemView; diagnostics: ImportDiagnostic[] }) {
  const unread = diagnostics.filter((d) => d.outcome === undefined);
  const converted = diagnostics.filter((d) => d.outcome === 'converted');
  const check = diagnostics.filter((d) => d.outcome === 'check');
  return (
    <section className="import-report" aria-live="polite">
      <h2>Imported “{created.title}”</h2>
      {unread.length === 0 ? <p>Everything in the document was read.</p> : null}
      <DiagnosticList heading={`The importer could not read ${count(unread.length, 'part', 'parts')} of the document:`} items={unread} />
      <DiagnosticList heading={`It converted ${count(converted.length, 'time', 'times')} to UTC:`} items={converted} />
      <DiagnosticList heading={`It read ${count(check.length, 'part', 'parts')} on an assumption; check ${check.length === 1 ? 'it' : 'them'}:`} items={check} />
      <Link className="button button-primary" to={postmortemPath(created.id, 'edit')}>
        Open it in the editor
      </Link>
    </section>
  );
}

/** The import form. */
export function ImportForm() {
  const [markdown, setMarkdown] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<{ created: PostmortemView; diagnostics: ImportDiagnostic[] } | null>(null);
  const [busy, setBusy] = useState(false);

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file !== undefined) setMarkdown(await file.text());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await importPostmortem(markdown);
      setResult({ created, diagnostics: created.diagnostics ?? [] });
    } catch (caught) {
      setError(caught);
    }
    setBusy(false);
  };

  if (result !== null) return <ImportReport {...result} />;
  return (
    <form onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label className="field-label" htmlFor="import-file">
          Upload a Markdown file
        </label>
        <input id="import-file" type="file" accept=".md,.markdown,.txt,text/markdown,text/plain" onChange={(event) => void upload(event)} />
      </div>
      <TextArea label="…or paste the document" rows={16} value={markdown} onChange={setMarkdown} hint="Any shape: our format, Google-Docs exports, other teams' templates." />
      <ErrorNote error={error} />
      <button type="submit" className="button-primary" disabled={busy || markdown.trim() === ''}>
        {busy ? 'Importing…' : 'Import'}
      </button>
    </form>
  );
}
