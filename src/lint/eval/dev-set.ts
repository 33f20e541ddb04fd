/**
 * The labelled sets the linter's judgement is measured on (`../shared/judgement` for the development set; the
 * held-out set has the same shape): blame sentences, action items and timeline events. Read at run time, never
 * copied into the rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const blameItem = z.object({ text: z.string(), section: z.string(), category: z.string() });
const actionItem = z.object({ title: z.string(), owner: z.string(), due: z.string(), priority: z.string(), ticket: z.string() });

/** The shape of each file of a set. */
const SCHEMAS = {
  blame: z.object({ blame: z.array(blameItem), clean: z.array(blameItem) }),
  actions: z.object({ good: z.array(actionItem), vague: z.array(actionItem), team_owner: z.array(actionItem), fuzzy_due: z.array(actionItem) }),
  events: z.object({ events: z.array(z.object({ text: z.string(), kind: z.string() })) }),
};

/** One sentence of the blame set, in the analysis section it would sit in. */
export type BlameItem = z.infer<typeof blameItem>;
/** One action item of the actions set, every field as it would be written. */
export type ActionItemCase = z.infer<typeof actionItem>;

/** A whole labelled set. */
export interface JudgementSet {
  blame: z.infer<typeof SCHEMAS.blame>;
  actions: z.infer<typeof SCHEMAS.actions>;
  events: z.infer<typeof SCHEMAS.events>;
}

/** Reads `blame.json`, `actions.json` and `events.json` from `dir`; an Error naming the file when one is missing or malformed. */
export function readJudgementSet(dir: string): JudgementSet {
  const read = <K extends keyof typeof SCHEMAS>(name: K): z.infer<(typeof SCHEMAS)[K]> => {
    const file = join(dir, `${name}.json`);
    const parsed = SCHEMAS[name].safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file}: not a judgement set file (${parsed.error.issues[0]?.message ?? 'unexpected shape'})`);
    return parsed.data as z.infer<(typeof SCHEMAS)[K]>;
  };
  return { blame: read('blame'), actions: read('actions'), events: read('events') };
}
