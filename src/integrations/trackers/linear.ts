/**
 * Linear through `@linear/sdk` (GraphQL): issues created in the configured team (priority 1–3, the assignee found by
 * e-mail, the due date), read by id, and opened or closed by moving them to the team's first workflow state of type
 * `unstarted` or `completed`.
 */
import { LinearClient } from '@linear/sdk';
import type { TicketDraft, TicketState, TrackerSettings } from '../../core/trackers.js';
import type { TrackerClient } from './tracker.js';
import { TrackerError, trackerErrorOf } from './tracker-error.js';

/** Linear's priorities: 1 urgent, 2 high, 3 medium (4 low, 0 none). */
const PRIORITY = { P1: 1, P2: 2, P3: 3 } as const;

/** Workflow state types of a closed issue. */
const CLOSED_TYPES = ['completed', 'canceled'];

/** A Linear client for a team, with a personal API key. */
export function linearTracker(settings: TrackerSettings<'linear'>, apiKey: string, now: () => number): TrackerClient {
  const client = new LinearClient({ apiKey, apiUrl: settings.apiUrl });
  const calling = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw trackerErrorOf('Linear', error, now());
    }
  };
  const read = async (id: string): Promise<TicketState> => {
    const issue = await client.issue(id);
    const state = await issue.state;
    return { open: !CLOSED_TYPES.includes(state?.type ?? ''), status: state?.name ?? 'unknown', updatedAt: new Date(issue.updatedAt).toISOString() };
  };
  return {
    create: (draft: TicketDraft) =>
      calling(async () => {
        const notes: string[] = [];
        const users = draft.assigneeEmail === null ? null : await client.users({ filter: { email: { eq: draft.assigneeEmail } }, first: 1 });
        const assigneeId = users?.nodes[0]?.id;
        if (draft.assigneeEmail !== null && assigneeId === undefined) notes.push(`no Linear user has the e-mail ${draft.assigneeEmail}: left unassigned`);
        const payload = await client.createIssue({
          teamId: settings.teamId,
          title: draft.title,
          description: draft.description,
          ...(assigneeId === undefined ? {} : { assigneeId }),
          ...(draft.due === null ? {} : { dueDate: draft.due }),
          ...(draft.priority === null ? {} : { priority: PRIORITY[draft.priority] }),
        });
        const id = payload.issueId;
        if (!payload.success || id === undefined) throw new TrackerError('Linear did not create the issue (success: false)', null);
        const issue = await client.issue(id);
        return { key: issue.identifier, url: issue.url, externalId: id, notes };
      }),
    read: (id) => calling(() => read(id)),
    setOpen: (id, open) =>
      calling(async () => {
        const current = await read(id);
        if (current.open === open) return current;
        const states = await client.workflowStates({ filter: { team: { id: { eq: settings.teamId } } } });
        const wanted = open ? ['unstarted', 'backlog', 'triage'] : ['completed'];
        const target = wanted.map((type) => states.nodes.find((s) => s.type === type)).find((s) => s !== undefined);
        if (target === undefined) throw new TrackerError(`the Linear team has no workflow state of type ${wanted.join(' or ')}`, 409);
        await client.updateIssue(id, { stateId: target.id });
        return read(id);
      }),
    check: () =>
      calling(async () => {
        const viewer = await client.viewer;
        const team = await client.team(settings.teamId);
        return `signed in as ${viewer.name} (${viewer.email}); team ${team.key} (${team.name}) reachable`;
      }),
  };
}
