/**
 * Postmortems for the pattern-report tests (CLI, API, web): three in the first quarter of 2026, one in the quarter
 * before, and one restricted; the same documents go into a directory as Markdown and into the store.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { newActionItem } from '../src/core/postmortem.js';
import type { Postmortem } from '../src/core/postmortem.schema.js';
import { renderMarkdown } from '../src/markdown/render.js';
import { samplePostmortem } from './store-fixtures.js';

/** The period the tests ask for, and the day the previous one begins. */
export const Q1 = { from: '2026-01-01', to: '2026-03-31' } as const;

const times = (startedAt: string, detect: number, resolve: number) => ({
  startedAt,
  detectedAt: new Date(Date.parse(startedAt) + detect * 60_000).toISOString().replace('.000Z', 'Z'),
  acknowledgedAt: null,
  mitigatedAt: null,
  resolvedAt: new Date(Date.parse(startedAt) + resolve * 60_000).toISOString().replace('.000Z', 'Z'),
});

/** A capacity incident of the search service: no change event, no factor with a category. */
function diskFull(): Partial<Postmortem> {
  return {
    id: 'PM-C',
    title: 'Disk full on the search nodes',
    services: ['search'],
    tags: ['capacity'],
    summary: 'The search nodes ran out of disk space and queries failed.',
    rootCause: 'Log volume grew past the disk.',
    timeline: [],
    times: times('2026-03-05T08:00:00Z', 20, 240),
    actionItems: [{ ...newActionItem('Alert at 80% disk on the search nodes'), owner: 'Lee Park', due: '2026-02-01', priority: 'P2', status: 'done' }],
  };
}

/** The postmortems of the tests: PM-A, PM-B (Q1, deploys of checkout-api, the same failure mode), PM-C (Q1, capacity), PM-D (Q4 2025), PM-E (Q1, restricted). */
export function patternPostmortems(): Postmortem[] {
  const factor = [{ text: 'The deploy ran without a canary.', category: 'process' as const, actionItems: [] }];
  return [
    samplePostmortem({ id: 'PM-A', times: times('2026-01-10T10:00:00Z', 12, 90), contributingFactors: factor, extraFrontMatter: { failureMode: 'pool-exhaustion' } }),
    samplePostmortem({ id: 'PM-B', title: 'Checkout API timed out after a deploy', severity: 'SEV1', times: times('2026-02-03T09:00:00Z', 6, 30), contributingFactors: factor, extraFrontMatter: { failureMode: 'pool-exhaustion' } }),
    samplePostmortem(diskFull()),
    samplePostmortem({ id: 'PM-D', severity: 'SEV3', times: times('2025-11-20T12:00:00Z', 30, 150) }),
    samplePostmortem({ id: 'PM-E', title: 'Credential leak in the payments logs', services: ['payments'], tags: ['security'], restricted: true, times: times('2026-03-20T12:00:00Z', 60, 300) }),
  ];
}

/** Writes the postmortems (all but the restricted one, unless `withRestricted`) into `dir` as Markdown, one file each. */
export async function writePatternDirectory(dir: string, withRestricted = false): Promise<void> {
  for (const pm of patternPostmortems().filter((p) => withRestricted || !p.restricted)) await writeFile(join(dir, `${(pm.id as string).toLowerCase()}.md`), renderMarkdown(pm));
}
