/** SARIF 2.1.0 output, as GitHub code scanning accepts it: one run, the rules, one result per finding. */
import { pathToFileURL } from 'node:url';
import { firstSentence } from '../first-sentence.js';
import { RULES, RULES_BY_ID } from '../rules/index.js';
import type { LintResult } from '../types.js';
import { relativePath } from './paths.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription?: { text: string };
  defaultConfiguration: { level: 'error' | 'warning' };
}

function describe(ruleId: string): SarifRule {
  const rule = RULES_BY_ID.get(ruleId);
  if (!rule) return { id: ruleId, shortDescription: { text: ruleId }, defaultConfiguration: { level: 'warning' } };
  return {
    id: rule.id,
    shortDescription: { text: firstSentence(rule.description) },
    fullDescription: { text: rule.description },
    defaultConfiguration: { level: rule.defaultSeverity === 'error' ? 'error' : 'warning' },
  };
}

function artifactUri(filePath: string, cwd: string): string {
  const relative = relativePath(filePath, cwd);
  if (relative.startsWith('/') || /^[A-Za-z]:\//.test(relative)) return pathToFileURL(relative).href;
  return relative.split('/').map(encodeURIComponent).join('/');
}

/** Formats results as a SARIF 2.1.0 log (pretty-printed JSON). */
export function formatSarif(results: readonly LintResult[], options: { cwd: string }): string {
  const ruleIds = RULES.map((r) => r.id);
  for (const result of results) for (const m of result.messages) if (!ruleIds.includes(m.ruleId)) ruleIds.push(m.ruleId);
  const rules = ruleIds.map(describe);
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const sarifResults = results.flatMap((result) => {
    const uri = artifactUri(result.filePath, options.cwd);
    return result.messages.map((m) => ({
      ruleId: m.ruleId,
      ruleIndex: index.get(m.ruleId) ?? 0,
      level: m.severity === 2 ? 'error' : 'warning',
      message: { text: m.suggestions[0] ? `${m.message} ${m.suggestions[0].desc}` : m.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri },
            region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
          },
        },
      ],
    }));
  });
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'debrief', rules } }, columnKind: 'utf16CodeUnits', results: sarifResults }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
