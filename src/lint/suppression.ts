/**
 * Inline suppression comments: `<!-- debrief-disable-next-line RULE[, RULE] -->`,
 * `<!-- debrief-disable-line RULE -->`, and `<!-- debrief-disable RULE -->` … `<!-- debrief-enable RULE -->`.
 * No rule named means every rule; text after ` -- ` is a reason and is ignored.
 * `debrief-enable RULE` ends a `debrief-disable RULE`, not a `debrief-disable` of every rule.
 */
import { MAX_SCANNED_LINE } from './prose.js';

interface Range {
  /** null: every rule. */
  rules: readonly string[] | null;
  from: number;
  to: number;
}

/** A `disable` whose `enable` has not been seen yet. */
type OpenRange = Pick<Range, 'rules' | 'from'>;

/** Answers whether a rule's finding on a line is suppressed by a comment. */
export interface Suppressions {
  isSuppressed(ruleId: string, line: number): boolean;
}

const DIRECTIVE = /<!--\s*debrief-(disable-next-line|disable-line|disable|enable)(?![\w-])([^>]*)-->/g;

function ruleList(args: string): readonly string[] | null {
  const reasonAt = args.indexOf(' --');
  const names = (reasonAt >= 0 ? args.slice(0, reasonAt) : args).split(/[\s,]+/).filter((s) => s !== '');
  return names.length > 0 ? names : null;
}

function covers(range: Range, ruleId: string, line: number): boolean {
  return line >= range.from && line <= range.to && (range.rules === null || range.rules.includes(ruleId));
}

/** Ends open `disable` ranges at line `n`: all of them, or only the named rules (a disable of every rule stays open then). */
function enable(open: OpenRange[], closed: Range[], rules: readonly string[] | null, n: number): void {
  for (let i = open.length - 1; i >= 0; i--) {
    const o = open[i];
    if (!o) continue;
    if (rules === null) {
      closed.push({ rules: o.rules, from: o.from, to: n });
      open.splice(i, 1);
    } else if (o.rules !== null) {
      const ending = o.rules.filter((r) => rules.includes(r));
      if (ending.length === 0) continue;
      closed.push({ rules: ending, from: o.from, to: n });
      const rest = o.rules.filter((r) => !rules.includes(r));
      if (rest.length > 0) open[i] = { rules: rest, from: o.from };
      else open.splice(i, 1);
    }
  }
}

/** Reads the suppression comments of a document; null when it has none. */
export function readSuppressions(source: string, lines: readonly string[]): Suppressions | null {
  if (!source.includes('<!--') || !source.includes('debrief-')) return null;
  const closed: Range[] = [];
  const open: OpenRange[] = [];
  for (let n = 1; n <= lines.length; n++) {
    const line = lines[n - 1] ?? '';
    if (line.length > MAX_SCANNED_LINE || !line.includes('debrief-')) continue;
    for (const m of line.matchAll(DIRECTIVE)) {
      const rules = ruleList(m[2] ?? '');
      switch (m[1]) {
        case 'disable-next-line':
          closed.push({ rules, from: n + 1, to: n + 1 });
          break;
        case 'disable-line':
          closed.push({ rules, from: n, to: n });
          break;
        case 'disable':
          open.push({ rules, from: n });
          break;
        default:
          enable(open, closed, rules, n);
      }
    }
  }
  for (const o of open) closed.push({ rules: o.rules, from: o.from, to: Number.MAX_SAFE_INTEGER });
  if (closed.length === 0) return null;
  return { isSuppressed: (ruleId, line) => closed.some((r) => covers(r, ruleId, line)) };
}
