/** A Markdown text area with a Write / Preview switch (the preview is rendered safely). */
import { useId, useState } from 'react';
import { MarkdownView } from '../../../markdown/markdown-view.js';

/** Markdown prose with a preview; `placeholder` shows the template's prompt while it is empty. */
export function ProseField({ label, value, onChange, rows = 6, placeholder }: { label: string; value: string; onChange(value: string): void; rows?: number; placeholder?: string }) {
  const id = useId();
  const [preview, setPreview] = useState(false);
  return (
    <div className="field prose-field">
      <div className="prose-field-head">
        <label htmlFor={id} className="field-label">
          {label} <span className="field-note">(Markdown)</span>
        </label>
        <button type="button" className="button-quiet" aria-pressed={preview} onClick={() => setPreview(!preview)}>
          {preview ? 'Write' : 'Preview'}
        </button>
      </div>
      {preview ? (
        <div className="prose-preview" aria-label={`${label} preview`}>
          {value.trim() === '' ? <p className="empty">Nothing written yet.</p> : <MarkdownView source={value} />}
        </div>
      ) : (
        <textarea id={id} rows={rows} value={value} placeholder={placeholder} onChange={(event) => onChange(event.target.value)} />
      )}
    </div>
  );
}
