/** A postmortem as one standalone, sanitized HTML5 page: metadata header, body, inline CSS with a print style. */
import { DateTime } from 'luxon';
import sanitizeHtml from 'sanitize-html';
import { deriveMetrics } from '../core/derived.js';
import type { Postmortem } from '../core/postmortem.schema.js';
import { markdown } from './markdown-it.js';
import { renderMarkdown } from './render.js';

const escape = markdown.utils.escapeHtml;

const ALIGNMENTS = new Set(['left', 'center', 'right']);

/** Table cell alignment comes from markdown-it as a style attribute; it is kept as a class instead. */
function alignmentToClass(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const align = /^text-align:\s*([a-z]+);?$/.exec(attribs.style ?? '')?.[1];
  const { style: _style, ...rest } = attribs;
  return { tagName, attribs: align !== undefined && ALIGNMENTS.has(align) ? { ...rest, class: `align-${align}` } : rest };
}

/**
 * Ordinary formatting, tables, http(s)/mailto links and https images; nothing that runs or styles. An http image
 * would be fetched in the clear, for anyone on the reader's network to see (and change).
 */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'del', 'ins'],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    td: ['class'],
    th: ['class'],
    time: ['datetime'],
    ol: ['start'],
    dl: ['class'],
    header: ['class'],
  },
  allowedClasses: { td: ['align-left', 'align-center', 'align-right'], th: ['align-left', 'align-center', 'align-right'], dl: ['meta'], header: ['page'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'svg', 'math', 'iframe', 'object', 'template', 'title'],
  transformTags: { td: alignmentToClass, th: alignmentToClass },
  nestingLimit: 200,
};

const CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #fff; --accent: #0969da; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --bg: #0d1117; --accent: #4493f8; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 17px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 46rem; margin: 0 auto; padding: 2.5rem 1.25rem 4rem; }
h1 { font-size: 2rem; line-height: 1.25; margin: 0 0 1rem; }
h2 { font-size: 1.4rem; margin: 2.25rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.15rem; margin: 1.75rem 0 0.5rem; }
p, ul, ol, table, pre, blockquote { margin: 0 0 1rem; }
a { color: var(--accent); }
code, pre { font: 0.9em/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre { padding: 0.75rem 1rem; overflow-x: auto; border: 1px solid var(--line); border-radius: 6px; }
blockquote { margin-left: 0; padding-left: 1rem; border-left: 4px solid var(--line); color: var(--muted); }
table { border-collapse: collapse; width: 100%; font-size: 0.92em; display: block; overflow-x: auto; }
th, td { border: 1px solid var(--line); padding: 0.35rem 0.6rem; vertical-align: top; text-align: left; }
.align-center { text-align: center; } .align-right { text-align: right; }
img { max-width: 100%; height: auto; }
header.page { margin-bottom: 2rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0; color: var(--muted); font-size: 0.95em; }
dl.meta dt { font-weight: 600; } dl.meta dd { margin: 0; }
@media print {
  :root { --fg: #000; --muted: #333; --line: #999; --bg: #fff; }
  body { font: 11pt/1.45 Georgia, "Times New Roman", serif; }
  main { max-width: none; padding: 0; }
  h1, h2, h3 { break-after: avoid; }
  tr, img, pre, blockquote { break-inside: avoid; }
  table { display: table; }
  a { color: inherit; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
}
`;

/** A UTC instant as people read it, e.g. `2024-03-01 14:05 UTC`. */
function humanTime(at: string): string {
  const time = DateTime.fromISO(at, { zone: 'utc' });
  return time.isValid ? time.toFormat("yyyy-LL-dd HH:mm 'UTC'") : at;
}

/** Whole minutes as `45 min` or `3 h 05 min`. */
function humanMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** The metadata rows of the header: label and already-escaped HTML value, only for what is known. */
function metadataRows(pm: Postmortem): [string, string][] {
  const rows: [string, string | null][] = [
    ['Severity', pm.severity],
    ['Status', pm.status.replace('_', ' ')],
    ['Kind', pm.kind.replace('_', ' ')],
    ['Author', pm.author],
    ['Incident commander', pm.commander],
    ['Services', pm.services.join(', ') || null],
    ['Teams', pm.teams.join(', ') || null],
    ['Tags', pm.tags.join(', ') || null],
    ['Restricted', pm.restricted ? 'yes' : null],
  ];
  const escaped = rows.filter((r): r is [string, string] => r[1] !== null).map(([k, v]): [string, string] => [k, escape(v)]);
  const times: [string, string | null][] = [
    ['Started', pm.times.startedAt],
    ['Detected', pm.times.detectedAt],
    ['Mitigated', pm.times.mitigatedAt],
    ['Resolved', pm.times.resolvedAt],
  ];
  for (const [label, at] of times) {
    if (at !== null) escaped.push([label, `<time datetime="${escape(at)}">${escape(humanTime(at))}</time>`]);
  }
  const derived = deriveMetrics(pm);
  if (derived.durationMinutes !== null) escaped.push(['Duration', humanMinutes(derived.durationMinutes)]);
  if (derived.timeToDetectMinutes !== null) escaped.push(['Time to detect', humanMinutes(derived.timeToDetectMinutes)]);
  return escaped;
}

/** Our Markdown for the postmortem without the front matter (the header shows the metadata instead). */
export function markdownBody(pm: Postmortem): string {
  const text = renderMarkdown(pm);
  if (!text.startsWith('---\n')) return text;
  const end = text.indexOf('\n---\n', 3);
  return end === -1 ? text : text.slice(end + 5);
}

/** The body as HTML, without its leading `#` title (the header carries the title). */
function bodyHtml(pm: Postmortem): string {
  const env = {};
  const tokens = markdown.parse(markdownBody(pm), env);
  const first = tokens[0];
  const withoutTitle = first?.type === 'heading_open' && first.tag === 'h1' ? tokens.slice(3) : tokens;
  return markdown.renderer.render(withoutTitle, markdown.options, env);
}

/** The Content-Security-Policy of a standalone page: its own inline style, https images, nothing else (no script at all). */
export const STANDALONE_PAGE_CSP = "default-src 'none'; img-src https:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** A standalone HTML5 page around already-sanitized content, with the reading and print styles. */
export function standalonePage(title: string, content: string, head: readonly string[] = []): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${STANDALONE_PAGE_CSP}">`,
    `<title>${escape(title)}</title>`,
    ...head,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<main>\n${content}\n</main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** HTML through the sanitizer: ordinary formatting, tables, links and https images, nothing that runs or styles. */
export function sanitized(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}

/** Markdown as sanitized HTML. */
export function markdownHtml(text: string): string {
  return sanitized(markdown.render(text));
}

/** A standalone HTML5 page for reading or printing a postmortem; all document content is sanitized. */
export function renderHtmlPage(pm: Postmortem): string {
  const title = pm.title.trim() === '' ? 'Untitled postmortem' : pm.title;
  const meta = metadataRows(pm)
    .map(([label, value]) => `<dt>${label}</dt><dd>${value}</dd>`)
    .join('');
  return standalonePage(title, sanitized(`<header class="page"><h1>${escape(title)}</h1><dl class="meta">${meta}</dl></header>\n${bodyHtml(pm)}`));
}
