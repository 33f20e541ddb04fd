/** Paste or upload a Markdown postmortem; the server's importer reads it and says what it could not read. */
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { importPostmortem } from '../../api/postmortems.js';
import type { ImportDiagnostic, PostmortemView } from '../../api/types.js';
import { TextArea } from '../../components/fields.js';
import { ErrorNote } from '../../components/notices.js';
import { Link } from '../../routing/router.js';
import { postmortemPath } from '../../routing/routes.js';

function ImportReport({ created, diagnostics }: { created: PostmortemView; diagnostics: ImportDiagnostic[] }) {
  return (
    <section className="import-report" aria-live="polite">
      <h2>Imported “{created.title}”</h2>
      {diagnostics.length === 0 ? (
        <p>Everything in the document was read.</p>
      ) : (
        <>
          <p>The importer could not read {diagnostics.length === 1 ? 'one part' : `${diagnostics.length} parts`} of the document:</p>
          <ul className="diagnostics">
            {diagnostics.map((d, i) => (
              <li key={i}>
                <strong>Line {d.line}</strong>: {d.message}
                {d.suggestion === undefined ? null : <div className="suggestion">{d.suggestion}</div>}
              </li>
            ))}
          </ul>
        </>
      )}
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
