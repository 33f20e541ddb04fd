/**
 * Markdown -> postmortem. Reads Debrief's own format exactly and documents written by other teams
 * as well as it can; what it cannot read is kept as written and reported, never guessed, never a crash.
 */
import { spanKey, type Diagnostic, type ParsedDocument, type SectionRole, type SourceSpan } from '../core/document.js';
import type { ContributingFactor, FactorCategory, Postmortem } from '../core/postmortem.schema.js';
import { emptyPostmortem } from '../core/postmortem.js';
import { dateOrderOfZone, findZoneStatement, inferDateOrder, localDateOf, parseDate, type CalendarDate, type DateOrder, type ZoneInfo } from '../core/time/index.js';
import { sectionItems, sectionText, type SourceText } from './blocks.js';
import { extractActionItems } from './extract/action-items.js';
import { extractTimeline } from './extract/timeline.js';
import { readFrontMatter } from './front-matter.js';
import { parseBlocks } from './markdown-it.js';
import { applyMetadata, applyStructuredFrontMatter, metaKey, readsAsField, storableValue, type MetaEntry } from './metadata.js';
import { readBodyMetadata } from './body-metadata.js';
import { dateBeforeTimeline, publicationDate } from './incident-date.js';
import type { ExtractContext, Section } from './section.js';
import { blankPromptComments } from './prompt-comments.js';
import { outlineDocument } from './sections.js';
import { rememberLines, splitLines } from './source-lines.js';

export interface ParseOptions {
  /** Shown in messages, and a source of the title and date when the document gives none. */
  filePath?: string;
}

/** Keys only our own format writes in its front matter. */
const NATIVE_KEYS = ['severity', 'status', 'kind', 'started', 'resolved'];
/** How many lines are scanned to infer the day/month order of a document. */
const DATE_ORDER_SCAN_LINES = 3000;

const FACTOR_PATTERN = /^\*\*(Process|Technical|Cultural|Environmental)\*\* — ([\s\S]*?)(?: \(actions: ([^()]*)\))?$/;
const FACTOR_LINKS_ONLY = /^([\s\S]*?) \(actions: ([^()]*)\)$/;

function toFactor(text: string): ContributingFactor {
  const categorised = FACTOR_PATTERN.exec(text);
  if (categorised) {
    return {
      category: (categorised[1] ?? '').toLowerCase() as FactorCategory,
      text: categorised[2] ?? '',
      actionItems: categorised[3] ? categorised[3].split(/\s*,\s*/).filter((id) => id !== '') : [],
    };
  }
  const linked = FACTOR_LINKS_ONLY.exec(text);
  if (linked) return { category: null, text: linked[1] ?? '', actionItems: (linked[2] ?? '').split(/\s*,\s*/).filter((id) => id !== '') };
  return { category: null, text, actionItems: [] };
}

/** The file name without folders and extension, with a corpus-style `source__` prefix removed. */
function baseName(filePath: string | undefined): string {
  if (filePath === undefined || filePath === '-' || filePath === '<stdin>') return '';
  const base = filePath.split(/[\\/]/).pop() ?? filePath;
  return base.replace(/\.(md|markdown)$/i, '').replace(/^[a-z0-9-]+__/i, '');
}

function titleFromPath(filePath: string | undefined): string {
  const name = baseName(filePath).replace(/[-_]+/g, ' ').trim();
  return name === '' ? 'Untitled postmortem' : name;
}

/** The day an explicit key time falls on where the document's times are written (a times-only timeline in PST starts on the PST day). */
function keyTimeDate(pm: Postmortem, zone: ZoneInfo | null): CalendarDate | null {
  const at = pm.times.startedAt ?? pm.times.resolvedAt;
  if (at === null) return null;
  const ms = Date.parse(at);
  return (zone ? localDateOf(ms, zone.zone) : null) ?? localDateOf(ms, 'UTC');
}

/** The date of the front matter's `date` key, in most documents that carry one the day a report was published. */
function frontMatterDate(data: Record<string, unknown>, order: DateOrder | null): CalendarDate | null {
  const value = data.date;
  if (value instanceof Date) return parseDate(value.toISOString(), order);
  return typeof value === 'string' ? parseDate(value, order) : null;
}

function docZoneFrom(lines: readonly string[], outline: ReturnType<typeof outlineDocument>): ZoneInfo | null {
  const first = outline.sections.find((s) => s.role === 'timeline');
  const scanTo = Math.min(first ? first.headingLine - 1 : lines.length, 400);
  for (let i = 0; i < scanTo; i++) {
    const line = lines[i] ?? '';
    if (line === '' || line.length > 2000) continue;
    const zone = findZoneStatement(line);
    if (zone !== null) return zone;
  }
  return null;
}

/** The lines joined again with the first `count` (the front matter) left empty, so block positions stay true. */
function blankFrontMatter(lines: readonly string[], count: number): string {
  if (count >= lines.length) return '\n'.repeat(lines.length - 1);
  return '\n'.repeat(count) + lines.slice(count).join('\n');
}

/** Appends prose to a field that several sections may feed (Root Cause and Trigger, say). */
function joinProse(existing: string, text: string): string {
  if (text === '') return existing;
  return existing === '' ? text : `${existing}\n\n${text}`;
}

/** Names in an attendee line: `Jane Doe, Ali Khan` or initials `RF SC AN`. */
function attendeeNames(text: string): string[] {
  const parts = /^[A-Z]{2,3}(\s+[A-Z]{2,3})+$/.test(text) ? text.split(/\s+/) : text.split(/\s*,\s*/);
  return parts.filter((name) => name !== '');
}

interface Collector {
  pm: Postmortem;
  spans: Record<string, SourceSpan>;
}

function addItems(c: Collector, field: 'wentWell' | 'wentPoorly' | 'surprises' | 'luckyBreaks' | 'lessons' | 'whys', items: readonly SourceText[]): void {
  for (const item of items) {
    c.spans[spanKey(field, c.pm[field].length)] = item.span;
    c.pm[field].push(item.text);
  }
}

function readSection(c: Collector, section: Section, ctx: ExtractContext): void {
  const { pm, spans } = c;
  const lines = ctx.lines;
  const sectionSpan: SourceSpan = { line: section.headingLine, column: 1, endLine: Math.max(section.headingLine, section.endLine), endColumn: 1 };
  const prose = (key: string) => {
    spans[key] ??= sectionSpan;
    return sectionText(section, lines);
  };
  const role: SectionRole = section.role;
  switch (role) {
    case 'summary': pm.summary = joinProse(pm.summary, prose('summary')); break;
    case 'whatHappened': pm.whatHappened = joinProse(pm.whatHappened, prose('whatHappened')); break;
    case 'impact': pm.impact.text = joinProse(pm.impact.text, prose('impact')); break;
    case 'rootCause': pm.rootCause = joinProse(pm.rootCause, prose('rootCause')); break;
    case 'whys': addItems(c, 'whys', sectionItems(section, lines, true)); break;
    case 'wentWell': case 'wentPoorly': case 'surprises': case 'luckyBreaks':
      addItems(c, role, sectionItems(section, lines)); break;
    case 'lessonsGroup': case 'lessons': addItems(c, 'lessons', sectionItems(section, lines)); break;
    case 'contributingFactors':
      for (const item of sectionItems(section, lines)) {
        spans[spanKey('contributingFactors', pm.contributingFactors.length)] = item.span;
        pm.contributingFactors.push(toFactor(item.text));
      }
      break;
    case 'timeline': {
      const { events, spans: eventSpans } = extractTimeline(section, ctx);
      events.forEach((event, i) => {
        const span = eventSpans[i];
        if (span) spans[spanKey('timeline', pm.timeline.length)] = span;
        pm.timeline.push(event);
      });
      spans.timelineSection ??= sectionSpan;
      break;
    }
    case 'actionItems': {
      const { items, spans: itemSpans, ownerSpans } = extractActionItems(section, ctx);
      items.forEach((item, i) => {
        const n = pm.actionItems.length;
        const span = itemSpans[i];
        const ownerSpan = ownerSpans[i];
        if (span) spans[spanKey('actionItems', n)] = span;
        if (ownerSpan) spans[spanKey('actionItems', n, '.owner')] = ownerSpan;
        pm.actionItems.push(item);
      });
      spans.actionItemsSection ??= sectionSpan;
      break;
    }
    case 'review': {
      const names = sectionItems(section, lines).flatMap((item) => attendeeNames(item.text));
      for (const name of names) if (!pm.review.attendees.includes(name)) pm.review.attendees.push(name);
      pm.otherSections.push({ heading: section.heading, body: sectionText(section, lines) });
      break;
    }
    case 'detection': case 'other':
      pm.otherSections.push({ heading: section.heading, body: sectionText(section, lines) });
      break;
  }
}

/** Parses a postmortem written in Markdown, in our format or another team's; never throws on content. */
export function parseDocument(input: string, options: ParseOptions = {}): ParsedDocument {
  const source = blankPromptComments(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  const lines = splitLines(source);
  const diagnostics: Diagnostic[] = [];
  const spans: Record<string, SourceSpan> = {};
  const pm = emptyPostmortem();

  const front = readFrontMatter(lines);
  const frontSpan: SourceSpan = { line: 1, column: 1, endLine: Math.max(1, front.endLine), endColumn: 4 };
  if (front.error) {
    diagnostics.push({
      ruleId: 'meta/front-matter',
      message: `The front matter cannot be read: ${front.error.message}. Fix the YAML (or TOML) between the fences; until then its fields are ignored.`,
      span: { line: front.error.line, column: 1, endLine: front.error.line, endColumn: (lines[front.error.line - 1]?.length ?? 0) + 1 },
    });
  }
  if (front.endLine > 0) spans.frontMatter = frontSpan;
  const body = front.endLine > 0 ? blankFrontMatter(lines, front.endLine) : source;
  const tokens = parseBlocks(body);
  const outline = outlineDocument(tokens, lines.length, front.endLine + 1);

  const entries: MetaEntry[] = [];
  const data = front.data ?? {};
  for (const [key, value] of Object.entries(data)) {
    const canonical = metaKey(key);
    if (canonical !== null) entries.push({ key: canonical, value, span: frontSpan });
    else if (!readsAsField(key)) pm.extraFrontMatter[key] = storableValue(value);
  }
  const bodyMeta = readBodyMetadata(outline, lines);
  entries.push(...bodyMeta.entries);
  const applied = applyMetadata(pm, entries, diagnostics, spans);
  applyStructuredFrontMatter(pm, data, frontSpan, diagnostics);
  // A `## Date` or `## Authors` section read into the metadata is not kept again as a section of its own.
  const metadataSections = new Set([...bodyMeta.wholeSections].filter(([entry]) => applied.has(entry)).map(([, line]) => line));

  const statedTitle = pm.title !== '' ? pm.title : (outline.title?.text ?? null);
  if (pm.title === '' && outline.title) {
    pm.title = outline.title.text;
    spans.title = { line: outline.title.line, column: 1, endLine: outline.title.line, endColumn: (lines[outline.title.line - 1]?.length ?? 0) + 1 };
  }
  if (pm.title === '') pm.title = titleFromPath(options.filePath);

  const docZone = docZoneFrom(lines, outline);
  const firstTimeline = outline.sections.find((s) => s.role === 'timeline');
  const regionZone = docZone ?? (firstTimeline ? findZoneStatement(firstTimeline.heading) : null);
  const dateOrder = inferDateOrder(lines.slice(0, DATE_ORDER_SCAN_LINES)) ?? (regionZone ? dateOrderOfZone(regionZone) : null);
  const keyDate = keyTimeDate(pm, docZone);
  const ctx: ExtractContext = { lines, docDate: keyDate, docZone, dateOrder, diagnostics };
  /** A timeline takes an explicit key time's day, else the date stated nearest before it, else the publication date. */
  const timelineContext = (section: Section): ExtractContext => {
    if (keyDate !== null) return ctx;
    const published = frontMatterDate(data, dateOrder) ?? publicationDate(outline, dateOrder) ?? parseDate(baseName(options.filePath), dateOrder);
    const before = dateBeforeTimeline(outline, section, { title: statedTitle, order: dateOrder, notAfter: published });
    return { ...ctx, docDate: before ?? published };
  };

  const collector: Collector = { pm, spans };
  for (const section of outline.sections) {
    if (section.role === 'timeline') readSection(collector, section, timelineContext(section));
    else if (!metadataSections.has(section.headingLine)) readSection(collector, section, ctx);
  }
  if (bodyMeta.prose !== '') {
    if (pm.summary === '') {
      pm.summary = bodyMeta.prose;
      spans.summary ??= { line: outline.preamble.startLine, column: 1, endLine: Math.max(outline.preamble.startLine, outline.preamble.endLine), endColumn: 1 };
    } else pm.otherSections.unshift({ heading: '', body: bodyMeta.prose });
  }

  const format = NATIVE_KEYS.some((key) => key in data) ? 'debrief' : 'foreign';
  const sections = outline.sections.map(({ role, heading, level, headingLine, startLine, endLine }) => ({ role, heading, level, headingLine, startLine, endLine }));
  const doc: ParsedDocument = { postmortem: pm, source, format, sections, spans, diagnostics };
  rememberLines(doc, lines);
  return doc;
}
