/** Lint findings over HTTP, in the shape of the CLI's JSON output (ESLint's result for one file). */
import { z } from 'zod';
import type { LintMessage, LintResult } from '../../lint/types.js';

/** One finding: 1 = warning, 2 = error. */
export const lintMessageSchema = z
  .object({
    ruleId: z.string(),
    severity: z.union([z.literal(1), z.literal(2)]),
    message: z.string(),
    line: z.number().int(),
    column: z.number().int(),
    endLine: z.number().int(),
    endColumn: z.number().int(),
    suggestions: z.array(z.object({ desc: z.string() })),
  })
  .meta({ id: 'LintMessage' }) satisfies z.ZodType<LintMessage>;

/** The findings for one postmortem, as `debrief lint --format json` prints them for one file. */
export const lintResultSchema = z
  .object({ filePath: z.string(), messages: z.array(lintMessageSchema), errorCount: z.number().int(), warningCount: z.number().int() })
  .meta({ id: 'LintResult' }) satisfies z.ZodType<LintResult>;

