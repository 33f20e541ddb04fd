/** The client of a tracker integration, by its kind; each SDK is loaded when first needed (Linear's alone is megabytes). */
import type { TrackerKind, TrackerSettings } from '../../core/trackers.js';
import type { TrackerClient } from './tracker.js';

/** A client for a tracker integration of `kind` with its settings and credential. */
export async function trackerClient(kind: TrackerKind, settings: TrackerSettings, credential: string, now: () => number): Promise<TrackerClient> {
  switch (kind) {
    case 'github':
      return (await import('./github.js')).githubTracker(settings as TrackerSettings<'github'>, credential, now);
    case 'jira':
      return (await import('./jira.js')).jiraTracker(settings as TrackerSettings<'jira'>, credential, now);
    case 'linear':
      return (await import('./linear.js')).linearTracker(settings as TrackerSettings<'linear'>, credential, now);
  }
}
