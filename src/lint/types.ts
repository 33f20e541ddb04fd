/** The linter's data: rules, what they see, what they report, and results in ESLint's JSON shape. */
import type { ParsedDocument, SourceSpan } from '../core/document.js';

/** How a rule is configured: not run, reported as a warning, or reported as an error. */
export type RuleSetting = 'off' | 'warn' | 'error';

/** One finding, exactly as ESLint's JSON formatter writes a message (1 = warning, 2 = error). */
export interface LintMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  suggestions: { desc: string }[];
}

/** The findings for one file, exactly as ESLint's JSON formatter writes a result. */
export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
}

/** Settings the rules read: from the config file, with defaults filled in. */
export interface RuleOptions {
  /** Extra words or phrases that count as blame. */
  blameWords: string[];
  /** Names that are teams, never a person (for action-item owners). */
  teamNames: string[];
  /** The most action items a postmortem should carry. */
  maxActionItems: number;
  /** "Today", for past-due checks. */
  now: Date;
}

/** What a rule reports: a message, where, an optional rewrite, and optionally a lower severity. */
export interface RuleReport {
  message: string;
  span: SourceSpan;
  suggestion?: string;
  /** Report this finding as a warning even when the rule is configured as an error (can only lower). */
  severity?: 'warn';
}

/** What a rule sees while it checks one document. */
export interface RuleContext {
  doc: ParsedDocument;
  /** Source lines, 0-based (`lines[n - 1]` is line n). */
  lines: readonly string[];
  options: RuleOptions;
  report(r: RuleReport): void;
}

/** A lint rule: an id, what it catches, its default severity, the check and its runnable examples. */
export interface Rule {
  id: string;
  /** What the rule catches and why, in a sentence or two (used in docs and SARIF). */
  description: string;
  defaultSeverity: 'error' | 'warn';
  check(ctx: RuleContext): void;
  /** Small documents in our format: valid ones give no message from this rule, invalid ones exactly `messages`. */
  examples: { valid: string[]; invalid: { source: string; messages: number }[] };
}

/** A validated configuration (every field optional; defaults apply). `now` is for tests and cannot come from a file. */
export interface LintConfig {
  rules?: Record<string, RuleSetting>;
  blameWords?: string[];
  teamNames?: string[];
  maxActionItems?: number;
  now?: Date;
}
