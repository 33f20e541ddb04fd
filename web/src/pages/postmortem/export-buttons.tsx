/** Export as Markdown (the server's rendering of the saved version) and print (the print stylesheet does the rest). */
import { useState } from 'react';
import { getMarkdown } from '../../api/postmortems.js';
import { ErrorNote } from '../../components/notices.js';

/** Downloads `text` as a file named `name`. */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The export and print buttons. */
export function ExportButtons({ id, beforeExport }: { id: string; beforeExport(): Promise<void> }) {
  const [error, setError] = useState<unknown>(null);
  const exportMarkdown = async () => {
    setError(null);
    try {
      await beforeExport();
      download(`${id}.md`, await getMarkdown(id));
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <div className="export-buttons">
      <button type="button" onClick={() => void exportMarkdown()}>
        Export Markdown
      </button>
      <button type="button" onClick={() => window.print()}>
        Print
      </button>
      <ErrorNote error={error} />
    </div>
  );
}
