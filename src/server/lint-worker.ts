/** A worker thread of the API's lint pool (postmortem-linter.ts): lints the stored postmortems it is sent. */
import type { Postmortem } from '../core/postmortem.schema.js';
import { lintPostmortem } from '../lint/lint-postmortem.js';
import { answerTasks } from '../threads/worker-pool.js';
import type { LintTask } from './postmortem-linter.js';

answerTasks(({ id, documentJson }: LintTask) => lintPostmortem(id, JSON.parse(documentJson) as Postmortem));
