/** Runs the enabled rules over a parsed document, merges the parser's findings, applies suppressions. */
import type { ParsedDocument, SourceSpan } from '../core/document.js';
import { sourceLines } from '../markdown/source-lines.js';
import { RULES, RULES_BY_ID } from './rules/index.js';
import { readSuppressions } from './suppression.js';
import type { LintConfig, LintMessage, LintResult, Rule, RuleOptions, RuleReport, RuleSetting } from './types.js';

/** How many action items a postmortem may carry when the config does not say. */
const DEFAULT_MAX_ACTION_ITEMS = 7;

/** The rule options a config gives, with defaults for what it leaves out. */
function ruleOptions(config: LintConfig): RuleOptions {
  return {
    blameWords: config.blameWords ?? [],
    teamNames: config.teamNames ?? [],
    maxActionItems: config.maxActionItems ?? DEFAULT_MAX_ACTION_ITEMS,
    now: config.now ?? new Date(),
  };
}

function settingFor(ruleId: string, config: LintConfig, rule: Rule | undefined): RuleSetting {
  return config.rules?.[ruleId] ?? rule?.defaultSeverity ?? 'warn';
}

/** A span made safe to print: on real lines, never ending before it starts; whole-line spans end at the line's end. */
function normalise(span: SourceSpan, lines: readonly string[]): SourceSpan {
  const last = Math.max(1, lines.length);
  const line = Math.min(Math.max(1, span.line), last);
  const endLine = Math.min(Math.max(line, span.endLine), last);
  const column = Math.max(1, span.column);
  // lineSpan() gives column 1 to end column 1: the whole lines.
  const wholeLines = span.column <= 1 && span.endColumn <= 1;
  let endColumn = wholeLines ? (lines[endLine - 1]?.length ?? 0) + 1 : span.endColumn;
  if (endLine === line && endColumn < column) endColumn = column;
  return { line, column, endLine, endColumn };
}

function toMessage(ruleId: string, setting: RuleSetting, report: RuleReport, lines: readonly string[]): LintMessage {
  const span = normalise(report.span, lines);
  return {
    ruleId,
    severity: setting === 'error' && report.severity !== 'warn' ? 2 : 1,
    message: report.message,
    line: span.line,
    column: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
    suggestions: report.suggestion ? [{ desc: report.suggestion }] : [],
  };
}

function crashMessage(rule: Rule, error: unknown): LintMessage {
  const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  return {
    ruleId: rule.id,
    severity: 2,
    message: `Rule ${rule.id} crashed on this file: ${reason}. The other rules ran; please report this.`,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    suggestions: [],
  };
}

function byPosition(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/**
 * Lints one parsed document: every enabled rule plus the parser's diagnostics, suppressions applied,
 * sorted by position. `rules` is every rule unless a caller (a test) narrows it.
 */
export function lintDocument(doc: ParsedDocument, config: LintConfig, filePath: string, rules: readonly Rule[] = RULES): LintResult {
  const lines = sourceLines(doc);
  const options = ruleOptions(config);
  const suppressions = readSuppressions(doc.source, lines);
  const messages: LintMessage[] = [];
  const keep = (message: LintMessage) => {
    if (!suppressions?.isSuppressed(message.ruleId, message.line)) messages.push(message);
  };

  for (const rule of rules) {
    const setting = settingFor(rule.id, config, rule);
    if (setting === 'off') continue;
    const found: LintMessage[] = [];
    try {
      rule.check({ doc, lines, options, report: (r) => found.push(toMessage(rule.id, setting, r, lines)) });
      found.forEach(keep);
    } catch (error) {
      keep(crashMessage(rule, error));
    }
  }
  for (const d of doc.diagnostics) {
    const setting = settingFor(d.ruleId, config, RULES_BY_ID.get(d.ruleId));
    if (setting !== 'off') keep(toMessage(d.ruleId, setting, d, lines));
  }

  messages.sort(byPosition);
  let errorCount = 0;
  for (const m of messages) if (m.severity === 2) errorCount++;
  return { filePath, messages, errorCount, warningCount: messages.length - errorCount };
}
