/**
 * GitHub Issues through `@octokit/rest`: issues created in the configured repository (the priority as a label, the
 * assignee found by the e-mail on their public profile), read and opened or closed by number.
 */
import { Octokit } from '@octokit/rest';
import type { TicketDraft, TicketState, TrackerSettings } from '../../core/trackers.js';
import type { TrackerClient } from './tracker.js';
import { TrackerError, trackerErrorOf } from './tracker-error.js';

/** An issue's state as Debrief reads it. */
function stateOf(issue: { state: string; updated_at: string; state_reason?: string | null }): TicketState {
  return { open: issue.state === 'open', status: issue.state_reason ? `${issue.state} (${issue.state_reason})` : issue.state, updatedAt: new Date(issue.updated_at).toISOString() };
}

/** A GitHub Issues client for a repository, with a token (classic or fine-grained, Issues read and write). */
export function githubTracker(settings: TrackerSettings<'github'>, token: string, now: () => number): TrackerClient {
  // Failures are reported as TrackerErrors (on the item and in the integration's log), not on the console.
  const quiet = () => undefined;
  const octokit = new Octokit({ auth: token, baseUrl: settings.apiUrl, userAgent: 'debrief', log: { debug: quiet, info: quiet, warn: quiet, error: quiet } });
  const repo = { owner: settings.owner, repo: settings.repo };
  const calling = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw trackerErrorOf('GitHub', error, now());
    }
  };
  /** The login whose public e-mail is `email`, or null. */
  const loginOf = async (email: string): Promise<string | null> => {
    const found = await octokit.rest.search.users({ q: `${email} in:email`, per_page: 1 });
    return found.data.items[0]?.login ?? null;
  };
  return {
    create: (draft: TicketDraft) =>
      calling(async () => {
        const notes: string[] = [];
        const login = draft.assigneeEmail === null ? null : await loginOf(draft.assigneeEmail);
        if (draft.assigneeEmail !== null && login === null) notes.push(`no GitHub account shows ${draft.assigneeEmail}: left unassigned`);
        const { data } = await octokit.rest.issues.create({
          ...repo,
          title: draft.title,
          body: draft.description,
          ...(login === null ? {} : { assignees: [login] }),
          ...(draft.priority === null ? {} : { labels: [settings.priorityLabels[draft.priority]] }),
        });
        return { key: `#${data.number}`, url: data.html_url, externalId: String(data.number), notes };
      }),
    read: (externalId) => calling(async () => stateOf((await octokit.rest.issues.get({ ...repo, issue_number: Number(externalId) })).data)),
    setOpen: (externalId, open) =>
      calling(async () => {
        const { data } = await octokit.rest.issues.update({ ...repo, issue_number: Number(externalId), state: open ? 'open' : 'closed', state_reason: open ? 'reopened' : 'completed' });
        return stateOf(data);
      }),
    check: () =>
      calling(async () => {
        const { data } = await octokit.rest.repos.get(repo);
        if (!data.has_issues) throw new TrackerError(`${data.full_name} has issues turned off: turn them on in the repository's settings`, 409);
        return `${data.full_name} reachable with this token (issues on)`;
      }),
  };
}
