/**
 * The policy document: a team's practice written as YAML (when a postmortem is owed, its deadlines, action-item
 * due dates, the digest, the completion alarm), its zod schema with the defaults, and reading it with errors that
 * name the field and its line.
 */
import { IANAZone } from 'luxon';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { severitySchema } from '../postmortem.schema.js';
import { parseYaml } from '../yaml.js';
import { DEFAULT_POLICY_YAML } from './default-policy.yaml.js';
import { DURATION_HINT, durationProblem } from './durations.js';

const SEVERITIES = severitySchema.options;
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** A strict mapping whose messages list its keys: an unknown key is refused with the keys it may have. */
function mapping<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown key${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((key) => `"${key}"`).join(', ')} (allowed: ${allowed})`
        : `expected a mapping with the keys ${allowed}`,
  });
}

/** A whole number from min to max; `message` says what is expected when it is not one. */
function wholeNumber(min: number, max: number, message = `expected a whole number ≥ ${min}`) {
  return z.int({ error: message }).min(min, { error: message }).max(max, { error: `expected a whole number ≤ ${max}` });
}

/** A number that switches a rule on at that threshold; 0, false or null (written) switch it off, which reads as null. */
function threshold(min: number, max: number, fallback: number, description: string) {
  const message = `expected a whole number ≥ ${min}, or 0, false or null to switch it off`;
  return z
    .union([z.literal(0), z.literal(false), z.null(), wholeNumber(min, max, message)], { error: message })
    .default(fallback)
    .transform((value) => value || null)
    .describe(description);
}

/** A rule switched on by true; false or null (written) switch it off. */
function flag(fallback: boolean, description: string) {
  return z
    .boolean({ error: 'expected true or false' })
    .nullable()
    .default(fallback)
    .transform((value) => value ?? false)
    .describe(description);
}

/** A duration as written, refused with the reason when it is not one. */
const durationSchema = z.string({ error: `expected a duration: ${DURATION_HINT}` }).superRefine((text, ctx) => {
  const problem = durationProblem(text);
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
});

/** A duration (`24h`, `90d`…) with its default and its description. */
function duration(fallback: string, description: string) {
  return durationSchema.default(fallback).describe(description);
}

const severityListSchema = z.array(z.enum(SEVERITIES, { error: 'expected SEV1, SEV2, SEV3 or SEV4' }), { error: 'expected a list of severities such as [SEV1, SEV2]' });

const depthSchema = mapping({
  full: severityListSchema.default(['SEV1', 'SEV2']).describe('The severities whose owed postmortem uses the full template.'),
  lightweight: severityListSchema.default(['SEV3', 'SEV4']).describe('The severities whose owed postmortem uses the lightweight template (summary, what happened, one action item).'),
  unknownSeverity: z
    .enum(['full', 'lightweight'], { error: 'expected full or lightweight' })
    .default('full')
    .describe('The depth owed while the incident has no severity yet.'),
})
  .superRefine((depth, ctx) => {
    for (const severity of SEVERITIES) {
      const inFull = depth.full.includes(severity);
      const inLightweight = depth.lightweight.includes(severity);
      if (inFull && inLightweight) ctx.addIssue({ code: 'custom', path: ['lightweight', depth.lightweight.indexOf(severity)], message: `${severity} is in both full and lightweight: a severity owes one depth` });
      else if (!inFull && !inLightweight) ctx.addIssue({ code: 'custom', path: [], message: `${severity} is in neither full nor lightweight: every severity needs a depth` });
    }
  })
  .prefault({})
  .describe('Which template an owed postmortem uses, by severity (every severity in exactly one list).');

const owedSchema = mapping({
  triggers: mapping({
    customerImpactMinutes: threshold(1, 1_000_000, 15, 'Owed when customer-visible impact lasted at least this many minutes.'),
    slaBreached: flag(true, 'Owed when an SLA was breached.'),
    dataLoss: flag(true, 'Owed when data was lost.'),
    securityExposure: flag(true, 'Owed when data or systems were exposed.'),
    escalated: flag(true, 'Owed when the on-call escalated.'),
    teams: threshold(1, 50, 2, 'Owed when at least this many teams were involved.'),
    nearMiss: flag(true, 'Owed for a near miss that could have been severe.'),
    newFailureMode: flag(false, 'Owed when no other incident has had the same failure mode.'),
  })
    .prefault({})
    .describe('Any one trigger that applies makes a postmortem owed; false, 0 or null switches a trigger off.'),
  skips: mapping({
    underMinutes: threshold(1, 1_000_000, 5, 'None owed when the incident lasted less than this many minutes (started to resolved).'),
    autoResolved: flag(true, 'None owed when the incident ended on its own, with nobody acting.'),
    noCustomerImpact: flag(true, 'None owed when customers saw no impact (0 minutes).'),
  })
    .prefault({})
    .describe('The reasons given for owing none when no trigger applies; a skip never overrides a trigger.'),
  depth: depthSchema,
  repeats: mapping({
    count: threshold(2, 1000, 3, 'The count-th incident with a shared service and the same failure mode owes a full postmortem; 0, false or null switch repeats off.'),
    within: duration('90d', 'The window, before the incident started, in which the earlier incidents started.'),
  })
    .prefault({})
    .describe('A failure that recurs owes a full postmortem, whatever its severity, linking the earlier incidents.'),
})
  .prefault({})
  .describe('Whether a postmortem is owed for an incident, and of what depth.');

const deadlineOverrideSchema = mapping({
  draft: durationSchema.optional().describe('The draft deadline for this severity.'),
  meeting: durationSchema.optional().describe('The review-meeting deadline for this severity.'),
  publish: durationSchema.optional().describe('The publication deadline for this severity.'),
});

const deadlinesSchema = mapping({
  draft: duration('24h', 'The draft is written within this long after resolution.'),
  meeting: duration('48h', 'The review meeting takes place within this long after resolution.'),
  publish: duration('72h', 'The postmortem is final or published within this long after resolution.'),
  dueSoon: duration('4h', 'A deadline this close is due soon (reminders go out then).'),
  bySeverity: mapping({
    SEV1: deadlineOverrideSchema.optional().describe('The deadlines of a SEV1 postmortem that differ from the defaults.'),
    SEV2: deadlineOverrideSchema.optional().describe('The deadlines of a SEV2 postmortem that differ from the defaults.'),
    SEV3: deadlineOverrideSchema.optional().describe('The deadlines of a SEV3 postmortem that differ from the defaults.'),
    SEV4: deadlineOverrideSchema.optional().describe('The deadlines of a SEV4 postmortem that differ from the defaults.'),
  })
    .prefault({})
    .describe('Deadlines that differ by severity, e.g. SEV1: { draft: 12h }; the others keep the defaults above.'),
})
  .prefault({})
  .describe('The deadlines of an owed postmortem, counted from the resolution of its incident.');

const actionItemsSchema = mapping({
  dueDays: mapping({
    P1: wholeNumber(1, 3650).default(15).describe('Days to the proposed due date of a P1 item.'),
    P2: wholeNumber(1, 3650).default(30).describe('Days to the proposed due date of a P2 item.'),
    P3: wholeNumber(1, 3650).default(60).describe('Days to the proposed due date of a P3 item.'),
  })
    .prefault({})
    .describe('The due date the editor proposes for an action item: this many days from the day it is written, by priority.'),
  escalateOverdue: duration('7d', 'An open action item this long past its due date is escalated.'),
  requireVerification: z
    .boolean({ error: 'expected true or false' })
    .default(true)
    .describe('Only verified action items count as closed; when false, done items count too.'),
})
  .prefault({})
  .describe('Action items: proposed due dates, escalation, what counts as closed.');

const digestSchema = mapping({
  day: z
    .enum(WEEKDAYS, { error: `expected a day of the week: ${WEEKDAYS.join(', ')}` })
    .default('monday')
    .describe('The day of the week the digest goes out.'),
  time: z
    .string({ error: 'expected a time of day such as "09:00" (24-hour HH:MM)' })
    .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a time of day such as "09:00" (24-hour HH:MM)' })
    .default('09:00')
    .describe('The time of day (24-hour HH:MM) the digest goes out.'),
  timeZone: z
    .string({ error: 'expected an IANA time zone name such as UTC or Europe/London' })
    .refine((zone) => IANAZone.isValidZone(zone), { error: (issue) => `unknown time zone "${String(issue.input)}": expected an IANA name such as UTC or Europe/London` })
    .default('UTC')
    .describe('The IANA time zone of the day and time, e.g. Europe/London.'),
})
  .prefault({})
  .describe('The weekly review digest for the postmortem sheriff.');

const completionSchema = mapping({
  window: duration('90d', 'The window over which the action-item completion rate is computed.'),
  alarmBelow: z
    .number({ error: 'expected a number from 0 to 1, e.g. 0.7' })
    .min(0, { error: 'expected a number from 0 to 1, e.g. 0.7' })
    .max(1, { error: 'expected a number from 0 to 1, e.g. 0.7' })
    .default(0.7)
    .describe('The completion rate (0 to 1) under which an alarm is raised.'),
})
  .prefault({})
  .describe('The action-item completion rate and its alarm.');

/** The policy document: every key optional, with the defaults of DEFAULT_POLICY_YAML; unknown keys are refused. */
export const policySchema = mapping({
  owed: owedSchema,
  deadlines: deadlinesSchema,
  actionItems: actionItemsSchema,
  digest: digestSchema,
  completion: completionSchema,
})
  .prefault({})
  .describe('A Debrief policy: when a postmortem is owed and of what depth, its deadlines, action-item due dates, the digest and the completion alarm.');

/** A policy as read: every key present, switched-off triggers and skips as null (numbers) or false. */
export type Policy = z.output<typeof policySchema>;

/** One problem of a policy document: the field (`owed.triggers.teams`), its 1-based line in the YAML when found, and what is wrong. */
export interface PolicyProblem {
  path: string;
  line: number | null;
  message: string;
}

function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

interface TextLine {
  line: number;
  indent: number;
  body: string;
}

/** The lines that hold YAML content: no blank lines, comments or document markers. */
function contentLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, i) => {
      const body = raw.trimStart();
      if (body === '' || body.startsWith('#') || /^(?:---|\.\.\.)(?:\s|$)/.test(body)) return;
      lines.push({ line: i + 1, indent: raw.length - body.length, body });
    });
  return lines;
}

function isItem(line: TextLine): boolean {
  return line.body === '-' || line.body.startsWith('- ');
}

function isKey(line: TextLine, key: string): boolean {
  return [key, `"${key}"`, `'${key}'`].some((written) => line.body.startsWith(written) && /^[ \t]*:(?:\s|$)/.test(line.body.slice(written.length)));
}

/** The index just past the block under lines[at]: deeper lines, and for a key the list items at its own indent. */
function blockEnd(lines: readonly TextLine[], at: number): number {
  const head = lines[at]!;
  let end = at + 1;
  for (let next = lines[end]; next && (next.indent > head.indent || (!isItem(head) && next.indent === head.indent && isItem(next))); next = lines[end]) end++;
  return end;
}

/** Where `segment` is among the lines [from, to) that sit at the indent of the first of them, or -1. */
function childIndex(lines: readonly TextLine[], from: number, to: number, segment: PropertyKey): number {
  const indent = lines[from]?.indent;
  let items = 0;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.indent !== indent) continue;
    if (typeof segment === 'number' ? isItem(line) && items++ === segment : isKey(line, String(segment))) return i;
  }
  return -1;
}

/**
 * The 1-based line of a key path (`['owed', 'depth', 'full', 0]`) in block-style YAML, found by walking the
 * indentation: a key at the indent of its block, a list item by its position; the line of the item for a list
 * item. What it cannot find (flow style `{ a: 1 }` or `[x, y]`, a key inside a list item) falls back to the
 * deepest line it found, and to null when not even the first key is there.
 */
export function yamlLineOf(text: string, path: readonly PropertyKey[]): number | null {
  const lines = contentLines(text);
  let from = 0;
  let to = lines.length;
  let found: number | null = null;
  for (const segment of path) {
    const at = childIndex(lines, from, to, segment);
    if (at === -1) break;
    found = lines[at]!.line;
    from = at + 1;
    to = blockEnd(lines, at);
  }
  return found;
}

function describe(problem: PolicyProblem): string {
  const where = problem.line === null ? 'policy' : `policy line ${problem.line}`;
  return `${problem.path === '' ? where : `${where}, ${problem.path}`}: ${problem.message}`;
}

function problemsOf(issue: z.core.$ZodIssue, text: string): PolicyProblem[] {
  const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
  return paths.map((path) => ({ path: formatPath(path), line: yamlLineOf(text, path), message: issue.message }));
}

/**
 * Reads a policy document (YAML; empty means all defaults). Throws an InputError naming the first problem in the
 * file, "policy line 7, owed.triggers.teams: expected a whole number ≥ 1 …", whose `details` are all the problems
 * (`PolicyProblem[]`, in the order of their lines).
 */
export function readPolicy(yamlText: string): Policy {
  const parsed = parseYaml(yamlText);
  if (!('value' in parsed)) {
    const problem = { path: '', line: parsed.line, message: `cannot be read as YAML: ${parsed.message}` };
    throw new InputError(describe(problem), [problem]);
  }
  const result = policySchema.safeParse(parsed.value ?? {});
  if (result.success) return result.data;
  const lineOrder = (problem: PolicyProblem) => problem.line ?? Number.MAX_SAFE_INTEGER;
  const problems = result.error.issues.flatMap((issue) => problemsOf(issue, yamlText)).sort((a, b) => lineOrder(a) - lineOrder(b));
  throw new InputError(describe(problems[0]!), problems);
}

/** The policy of a team that has written none: DEFAULT_POLICY_YAML, read. */
export const DEFAULT_POLICY: Policy = readPolicy(DEFAULT_POLICY_YAML);

/** The JSON Schema (draft 2020-12) of the policy document as written, with a description on every field. */
export function policyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(policySchema, { target: 'draft-2020-12', io: 'input' });
}
