/**
 * What the pattern report reads on the server: the postmortems the actor may see that began in the span (or give no
 * start), as rows built the way a directory's files are (knowledge/patterns/rows.ts); the incident records of the
 * span; and the tracked action items of the postmortems the actor may see that the report can count.
 */
import type { Postmortem } from '../core/postmortem.schema.js';
import { CLOSED_ACTION_STATUSES } from '../core/vocabulary.js';
import { postmortemRow, type ActionItemRow, type IncidentRow, type PostmortemRow } from '../knowledge/patterns/rows.js';
import type { Connection } from './dialect/dialect.js';
import type { Actor } from './store.types.js';
import { visibleTo } from './visibility.js';

/** An incident record's row, with what deciding who may read it in full needs (see server/practice/incident-access.ts). */
export type StoredIncidentRow = IncidentRow & { createdBy: string; postmortemId: string | null; facts: { securityExposure: boolean } };

/** The rows of a pattern report. */
export interface PatternData {
  postmortems: PostmortemRow[];
  incidents: StoredIncidentRow[];
  actionItems: ActionItemRow[];
}

/** The span read: from the first day of the previous period to the day after the report's last (YYYY-MM-DD), and the day overdue is judged at. */
export interface PatternSpan {
  fromDay: string;
  untilDay: string;
  today: string;
}

/**
 * The rows for the span. Day strings bound ISO instants as text: "2026-07-01T09:00Z" >= "2026-07-01", and
 * "2026-12-04T00:00Z" is not < "2026-12-04" (the report picks its periods from these rows exactly).
 */
export async function patternData({ db }: Connection, actor: Actor, span: PatternSpan): Promise<PatternData> {
  const [documents, incidents, items] = await Promise.all([
    db
      .selectFrom('postmortems')
      .select(['postmortems.id', 'postmortems.document'])
      .where(visibleTo(actor))
      .where((eb) => eb.or([eb('postmortems.started_at', 'is', null), eb.and([eb('postmortems.started_at', '>=', span.fromDay), eb('postmortems.started_at', '<', span.untilDay)])]))
      .orderBy('postmortems.id')
      .execute(),
    db
      .selectFrom('incidents')
      .select(['id', 'severity', 'started_at', 'failure_mode', 'postmortem_id', 'facts', 'created_by'])
      .where('started_at', '>=', span.fromDay)
      .where('started_at', '<', span.untilDay)
      .orderBy('number')
      .execute(),
    db
      .selectFrom('action_item_times')
      .innerJoin('postmortems', 'postmortems.id', 'action_item_times.postmortem_id')
      .select(['action_item_times.postmortem_id', 'action_item_times.status', 'action_item_times.due_date', 'action_item_times.created_at', 'action_item_times.done_at', 'action_item_times.wont_do_at'])
      .where(visibleTo(actor))
      .where((eb) =>
        eb.or([
          eb.and([eb('action_item_times.created_at', '>=', span.fromDay), eb('action_item_times.created_at', '<', span.untilDay)]),
          eb.and([eb('action_item_times.done_at', '>=', span.fromDay), eb('action_item_times.done_at', '<', span.untilDay)]),
          eb.and([eb('action_item_times.wont_do_at', '>=', span.fromDay), eb('action_item_times.wont_do_at', '<', span.untilDay)]),
          eb.and([eb('action_item_times.status', 'not in', [...CLOSED_ACTION_STATUSES]), eb('action_item_times.due_date', '<', span.today)]),
        ]),
      )
      .orderBy('action_item_times.postmortem_id')
      .orderBy('action_item_times.item_key')
      .execute(),
  ]);
  return {
    postmortems: documents.map((d) => {
      const pm = JSON.parse(d.document) as Postmortem;
      // Documents stored before extra front matter was kept have none.
      return postmortemRow({ ...pm, extraFrontMatter: pm.extraFrontMatter ?? {} }, d.id);
    }),
    incidents: incidents.map((i) => {
      const facts = JSON.parse(i.facts) as { services?: string[]; securityExposure?: boolean };
      return {
        ref: i.id,
        severity: i.severity as IncidentRow['severity'],
        startedAt: i.started_at,
        services: facts.services ?? [],
        failureMode: i.failure_mode,
        postmortemRef: i.postmortem_id,
        createdBy: i.created_by,
        postmortemId: i.postmortem_id,
        facts: { securityExposure: facts.securityExposure === true },
      };
    }),
    actionItems: items.map((i) => ({
      postmortemRef: i.postmortem_id,
      status: i.status as ActionItemRow['status'],
      due: i.due_date,
      createdAt: i.created_at,
      closedAt: i.done_at ?? i.wont_do_at,
    })),
  };
}

