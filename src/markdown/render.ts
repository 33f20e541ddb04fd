/** Postmortem -> Markdown in Debrief's own format: YAML front matter and `##` sections. */
import type { ActionItem, ActionStatus, Postmortem, TimelineEvent } from '../core/postmortem.schema.js';
import { formatCanonical } from '../core/time/index.js';
import { PROMPTS } from '../core/template-prompts.js';
import { hasContent, SECTION_HEADINGS, sectionsToRender, type NativeSection } from './native-format.js';
import { promptComment } from './prompt-comments.js';
import { readsAsField } from './metadata.js';
import { escapeCell } from './table-cell.js';
import { dumpYaml } from '../core/yaml.js';

const STATUS_TEXT: Record<ActionStatus, string> = {
  open: 'open',
  in_progress: 'in progress',
  done: 'done',
  verified: 'verified',
  wont_do: "won't do",
};

/** Keeps only the keys whose value says something, so the front matter stays short. */
function compact(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === null || value === undefined || value === '' || value === false) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) continue;
    out[key] = value;
  }
  return out;
}

/**
 * The keys kept from another team's front matter, after ours; a key that would be read back into one of our
 * fields is left out (only an API client can send one). Documents stored before extras existed have none.
 */
function extraKeys(pm: Postmortem): Record<string, unknown> {
  const extra: Record<string, unknown> | undefined = pm.extraFrontMatter;
  return Object.fromEntries(Object.entries(extra ?? {}).filter(([key, value]) => value !== undefined && !readsAsField(key)));
}

/** The YAML front matter, without a newline after its closing `---` (parts are joined by one blank line). */
function frontMatter(pm: Postmortem): string {
  const { impact, review, detection, times } = pm;
  const data = compact({
    id: pm.id,
    title: pm.title,
    severity: pm.severity,
    status: pm.status,
    kind: pm.kind,
    author: pm.author,
    commander: pm.commander,
    services: pm.services,
    teams: pm.teams,
    tags: pm.tags,
    restricted: pm.restricted,
    started: times.startedAt,
    detected: times.detectedAt,
    acknowledged: times.acknowledgedAt,
    mitigated: times.mitigatedAt,
    resolved: times.resolvedAt,
    detection: compact({ method: detection.method, by: detection.by }),
    impact: compact({ ...impact, text: null }),
    review: compact({ ...review, approvals: review.approvals.map((a) => compact({ ...a })) }),
  });
  return `---\n${dumpYaml({ ...data, ...extraKeys(pm) })}---`;
}

/** A multi-line item under a list marker, continuation lines indented to the marker's width. */
function listItem(marker: string, text: string): string {
  const pad = ' '.repeat(marker.length + 1);
  return `${marker} ${text.split('\n').join(`\n${pad}`)}`;
}

function bulletList(items: readonly string[]): string {
  return items.map((item) => listItem('-', item)).join('\n');
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The time cell of our timeline table, which `extractTimeline` reads back exactly. */
export function timeCell(event: TimelineEvent): string {
  const approximate = event.approximate ? '~' : '';
  if (event.at === null) return escapeCell(`${approximate}unresolved: ${event.written}`);
  const canonical = formatCanonical(event.at);
  const written = event.written === canonical ? '' : ` (${event.written})`;
  return escapeCell(`${approximate}${canonical}${written}`);
}

/** The optional columns of our timeline table, each written only when some event fills it. */
const EVENT_COLUMNS = [
  ['Who', (e: TimelineEvent) => escapeCell(e.actor ?? '')],
  ['Kind', (e: TimelineEvent) => e.kind ?? ''],
  ['Source', (e: TimelineEvent) => escapeCell(e.source ?? '')],
] as const;

function timelineTable(events: readonly TimelineEvent[]): string {
  const columns = EVENT_COLUMNS.filter(([, cell]) => events.some((e) => cell(e) !== ''));
  const header = ['Time (UTC)', 'Event', ...columns.map(([name]) => name)];
  const rows = events.map((e) => [timeCell(e), escapeCell(e.text), ...columns.map(([, cell]) => cell(e))]);
  return table(header, rows);
}

/** The action-item table; `allColumns` writes Why and Verification even when no item fills them (the template). */
function actionTable(items: readonly ActionItem[], allColumns = false): string {
  const withId = items.some((i) => i.id !== null);
  const withWhy = allColumns || items.some((i) => i.rationale !== null);
  const withVerification = allColumns || items.some((i) => i.verification !== null);
  const header = [
    ...(withId ? ['ID'] : []),
    'Action', 'Owner', 'Due', 'Priority', 'Status', 'Ticket',
    ...(withWhy ? ['Why'] : []),
    ...(withVerification ? ['Verification'] : []),
  ];
  const cell = (v: string | null) => escapeCell(v ?? '');
  const rows = items.map((i) => [
    ...(withId ? [cell(i.id)] : []),
    cell(i.title), cell(i.owner), cell(i.due), i.priority ?? '', STATUS_TEXT[i.status], cell(i.ticket),
    ...(withWhy ? [cell(i.rationale)] : []),
    ...(withVerification ? [cell(i.verification)] : []),
  ]);
  return table(header, rows);
}

/** A contributing factor as one bullet: `**Technical** — text (actions: AI-1, AI-2)`. */
function factorItem(factor: Postmortem['contributingFactors'][number]): string {
  const category = factor.category === null ? '' : `**${factor.category[0]?.toUpperCase()}${factor.category.slice(1)}** — `;
  const links = factor.actionItems.length > 0 ? ` (actions: ${factor.actionItems.join(', ')})` : '';
  return `${category}${factor.text}${links}`;
}

function sectionBody(pm: Postmortem, section: NativeSection): string {
  switch (section) {
    case 'summary': return pm.summary;
    case 'whatHappened': return pm.whatHappened;
    case 'impact': return pm.impact.text;
    case 'timeline': return timelineTable(pm.timeline);
    case 'rootCause': return pm.rootCause;
    case 'whys': return pm.whys.map((why, i) => listItem(`${i + 1}.`, why)).join('\n');
    case 'contributingFactors': return bulletList(pm.contributingFactors.map(factorItem));
    case 'wentWell': return bulletList(pm.wentWell);
    case 'wentPoorly': return bulletList(pm.wentPoorly);
    case 'surprises': return bulletList(pm.surprises);
    case 'luckyBreaks': return bulletList(pm.luckyBreaks);
    case 'lessons': return bulletList(pm.lessons);
    case 'actionItems': return actionTable(pm.actionItems);
  }
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

/** What a section of the template asks for, written under its heading while the section is empty. */
function sectionPrompt(pm: Postmortem, section: NativeSection): string | null {
  switch (section) {
    case 'timeline': return null;
    case 'contributingFactors': return pm.kind === 'near_miss' ? PROMPTS.nearMissFactors : PROMPTS.contributingFactors;
    case 'actionItems': return `One row per action. Action: ${PROMPTS.actionItems}. Why: ${PROMPTS.actionRationale}. Verification: ${PROMPTS.actionVerification}.`;
    default: return PROMPTS[section];
  }
}

/** How to render: `prompts` writes the template's prompts as comments under the headings of empty sections. */
export interface RenderOptions {
  prompts?: boolean;
}

/** Renders a postmortem in Debrief's Markdown format; `parseDocument` reads it back to the same value. */
export function renderMarkdown(pm: Postmortem, options: RenderOptions = {}): string {
  const parts = [frontMatter(pm), `# ${pm.title}`];
  const [untitled, others] = partition(pm.otherSections, (s) => s.heading === '');
  parts.push(...untitled.map((s) => s.body).filter((body) => body !== ''));
  for (const section of sectionsToRender(pm)) {
    const empty = !hasContent(pm, section);
    const prompt = options.prompts === true && empty ? sectionPrompt(pm, section) : null;
    const body = section === 'actionItems' ? actionTable(pm.actionItems, prompt !== null) : sectionBody(pm, section);
    const lines = [`## ${SECTION_HEADINGS[section]}`, ...(prompt === null ? [] : [promptComment(prompt)]), ...(body === '' ? [] : [body])];
    parts.push(lines.join('\n\n'));
  }
  for (const other of others) parts.push(other.body === '' ? `## ${other.heading}` : `## ${other.heading}\n\n${other.body}`);
  return `${parts.join('\n\n')}\n`;
}
