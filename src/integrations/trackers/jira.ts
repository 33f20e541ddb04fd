/**
 * Jira Cloud through `jira.js` (REST API v3): issues created in the configured project (the description in Atlassian
 * Document Format, the priority by its name, the assignee found by e-mail, the due date), read by key, and opened or
 * closed by the first transition whose target status is in the "done" (closing) or "to do" (reopening) category.
 */
import { Version3Client } from 'jira.js';
import type { TicketDraft, TicketState, TrackerSettings } from '../../core/trackers.js';
import type { TrackerClient } from './tracker.js';
import { TrackerError, trackerErrorOf } from './tracker-error.js';

/** Markdown text as an Atlassian Document: one paragraph per line (blank lines dropped), `**…**` as strong text. */
export function adfOf(text: string): { type: 'doc'; version: 1; content: unknown[] } {
  const paragraphs = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => ({
      type: 'paragraph',
      content: line
        .split(/(\*\*[^*]+\*\*)/)
        .filter((part) => part !== '')
        .map((part) => (/^\*\*[^*]+\*\*$/.test(part) ? { type: 'text', text: part.slice(2, -2), marks: [{ type: 'strong' }] } : { type: 'text', text: part })),
    }));
  return { type: 'doc', version: 1, content: paragraphs };
}

/** Jira's timestamp (`2024-03-01T10:00:00.000+0000`) as ISO 8601 UTC. */
function isoOf(jiraTime: unknown): string {
  const written = typeof jiraTime === 'string' ? jiraTime.replace(/([+-]\d{2})(\d{2})$/, '$1:$2') : '';
  const ms = Date.parse(written);
  return Number.isNaN(ms) ? new Date(0).toISOString() : new Date(ms).toISOString();
}

/** An issue's fields as Debrief reads them. */
function stateOf(fields: { status?: { name?: string; statusCategory?: { key?: string } }; updated?: unknown } | undefined): TicketState {
  const category = fields?.status?.statusCategory?.key;
  return { open: category !== 'done', status: fields?.status?.name ?? 'unknown', updatedAt: isoOf(fields?.updated) };
}

/** A Jira Cloud client for a project, as the account `settings.email` with its API token. */
export function jiraTracker(settings: TrackerSettings<'jira'>, apiToken: string, now: () => number): TrackerClient {
  const client = new Version3Client({ host: settings.site, authentication: { basic: { email: settings.email, apiToken } } });
  const calling = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw trackerErrorOf('Jira', error, now());
    }
  };
  const read = async (key: string) => stateOf((await client.issues.getIssue({ issueIdOrKey: key, fields: ['status', 'updated'] })).fields as Parameters<typeof stateOf>[0]);
  return {
    create: (draft: TicketDraft) =>
      calling(async () => {
        const notes: string[] = [];
        const [user] = draft.assigneeEmail === null ? [] : await client.userSearch.findUsers({ query: draft.assigneeEmail, maxResults: 1 });
        if (draft.assigneeEmail !== null && user?.accountId === undefined) notes.push(`no Jira account found for ${draft.assigneeEmail}: left unassigned`);
        const created = await client.issues.createIssue({
          fields: {
            project: { key: settings.project },
            issuetype: { name: settings.issueType },
            summary: draft.title,
            description: adfOf(draft.description) as never,
            ...(user?.accountId === undefined ? {} : { assignee: { accountId: user.accountId } }),
            ...(draft.due === null ? {} : { duedate: draft.due }),
            ...(draft.priority === null ? {} : { priority: { name: settings.priorities[draft.priority] } }),
          },
        });
        return { key: created.key, url: `${settings.site}/browse/${created.key}`, externalId: created.key, notes };
      }),
    read: (key) => calling(() => read(key)),
    setOpen: (key, open) =>
      calling(async () => {
        const current = await read(key);
        if (current.open === open) return current;
        const { transitions = [] } = await client.issues.getTransitions({ issueIdOrKey: key });
        const wanted = open ? ['new', 'indeterminate'] : ['done'];
        const transition = wanted.map((category) => transitions.find((t) => t.to?.statusCategory?.key === category)).find((t) => t !== undefined);
        if (transition?.id === undefined) throw new TrackerError(`Jira offers no transition of ${key} to a ${open ? 'to-do' : 'done'} status (offered: ${transitions.map((t) => t.name).join(', ') || 'none'})`, 409);
        await client.issues.doTransition({ issueIdOrKey: key, transition: { id: transition.id } });
        return read(key);
      }),
    check: () =>
      calling(async () => {
        const me = await client.myself.getCurrentUser();
        const project = await client.projects.getProject({ projectIdOrKey: settings.project });
        return `signed in as ${me.displayName ?? me.emailAddress ?? settings.email}; project ${project.key} (${project.name}) reachable`;
      }),
  };
}
