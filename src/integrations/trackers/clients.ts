/** The client of a tracker integration, by its kind. */
import type { TrackerKind, TrackerSettings } from '../../core/trackers.js';
import { githubTracker } from './github.js';
import { jiraTracker } from './jira.js';
import { linearTracker } from './linear.js';
import type { TrackerClient } from './tracker.js';

/** A client for a tracker integration of `kind` with its settings and credential. */
export function trackerClient(kind: TrackerKind, settings: TrackerSettings, credential: string, now: () => number): TrackerClient {
  switch (kind) {
    case 'github':
      return githubTracker(settings as TrackerSettings<'github'>, credential, now);
    case 'jira':
      return jiraTracker(settings as TrackerSettings<'jira'>, credential, now);
    case 'linear':
      return linearTracker(settings as TrackerSettings<'linear'>, credential, now);
  }
}
