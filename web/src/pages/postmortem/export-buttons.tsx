/**
 * Export the saved version as a file — our Markdown, a standalone HTML page, or its JSON (the server's export) — and
 * print, which is also how a PDF is made (the print stylesheet does the rest).
 */
import { useState } from 'react';
import { getExport } from '../../api/postmortems.js';
import { ErrorNote } from '../../components/notices.js';

/** The formats offered, with their buttons' labels. */
const FORMATS = [
  ['md', 'Export Markdown'],
  ['html', 'Export HTML'],
  ['json', 'Export JSON'],
] as const;

/** Downloads `blob` as a file named `name`. */
function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The export and print buttons. */
export function ExportButtons({ id, beforeExport }: { id: string; beforeExport(): Promise<void> }) {
  const [error, setError] = useState<unknown>(null);
  const exportAs = async (format: (typeof FORMATS)[number][0]) => {
    setError(null);
    try {
      await beforeExport();
      download(`${id}.${format}`, await getExport(id, format));
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <div className="export-buttons">
      {FORMATS.map(([format, label]) => (
        <button key={format} type="button" onClick={() => void exportAs(format)}>
          {label}
        </button>
      ))}
      <button type="button" onClick={() => window.print()} title="Print, or choose Save as PDF in the print dialog">
        Print or PDF
      </button>
      <ErrorNote error={error} />
    </div>
  );
}
