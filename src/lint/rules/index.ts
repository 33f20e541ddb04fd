/** Every lint rule, in the order they are documented and run. */
import type { Rule } from '../types.js';
import { dueDate } from './action-items-due-date.js';
import { factorCoverage } from './action-items-factor-coverage.js';
import { maxCount } from './action-items-max-count.js';
import { overdue } from './action-items-overdue.js';
import { owner } from './action-items-owner.js';
import { priority } from './action-items-priority.js';
import { specific } from './action-items-specific.js';
import { ticket } from './action-items-ticket.js';
import { noBlameLanguage } from './blameless-no-blame-language.js';
import { noHumanErrorCause } from './blameless-no-human-error-cause.js';
import { noNamesInAnalysis } from './blameless-no-names-in-analysis.js';
import { quantified } from './impact-quantified.js';
import { frontMatter } from './meta-front-matter.js';
import { required } from './meta-required.js';
import { depth } from './rca-depth.js';
import { requiredSections } from './structure-required-sections.js';
import { summaryLength } from './structure-summary-length.js';
import { templatePrompt } from './structure-template-prompt.js';
import { keyEvents } from './timeline-key-events.js';
import { order } from './timeline-order.js';
import { unparsedTime } from './timeline-unparsed-time.js';
import { utc } from './timeline-utc.js';

/** All rules, blameless first. */
export const RULES: readonly Rule[] = [
  noBlameLanguage,
  noNamesInAnalysis,
  noHumanErrorCause,
  specific,
  owner,
  dueDate,
  overdue,
  ticket,
  priority,
  maxCount,
  factorCoverage,
  utc,
  order,
  keyEvents,
  unparsedTime,
  requiredSections,
  templatePrompt,
  summaryLength,
  depth,
  quantified,
  required,
  frontMatter,
];

/** Rules by id. */
export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));
