/** A postmortem as a file to download or print: our Markdown, a standalone sanitised HTML page, or its JSON. */
import type { Postmortem } from '../core/postmortem.schema.js';
import { renderHtmlPage } from './html.js';
import { renderMarkdown } from './render.js';

/** The formats a postmortem exports to (PDF: print the HTML page or the read view). */
export const EXPORT_FORMATS = ['md', 'html', 'json'] as const;

/** One export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Each format's media type. */
export const EXPORT_TYPES: Readonly<Record<ExportFormat, string>> = { md: 'text/markdown', html: 'text/html', json: 'application/json' };

/** The text of a postmortem in a format. */
export function exportPostmortem(pm: Postmortem, format: ExportFormat): string {
  if (format === 'md') return renderMarkdown(pm);
  if (format === 'html') return renderHtmlPage(pm);
  return `${JSON.stringify(pm, null, 2)}\n`;
}

/** The file name of an export: the postmortem's id (only its safe characters) and the format's extension. */
export function exportFileName(id: string, format: ExportFormat): string {
  return `${id.replace(/[^A-Za-z0-9._-]/g, '_')}.${format}`;
}
