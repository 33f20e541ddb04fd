/**
 * The client of a tracker integration, by its kind; each SDK is loaded when first needed (Linear's alone is megabytes).
 * Every call first passes the outbound guard on the tracker's address (Jira's site, Linear's and GitHub's API), so
 * that no tracker makes Debrief call a link-local, or without leave a private, address (src/integrations/outbound-urls.ts).
 */
import type { TrackerKind, TrackerSettings } from '../../core/trackers.js';
import { checkTarget, type AddressPolicy } from '../channels/ssrf-guard.js';
import type { TrackerClient } from './tracker.js';

/** The SDK's client of a tracker integration of `kind`. */
async function sdkClient(kind: TrackerKind, settings: TrackerSettings, credential: string, now: () => number): Promise<TrackerClient> {
  switch (kind) {
    case 'github':
      return (await import('./github.js')).githubTracker(settings as TrackerSettings<'github'>, credential, now);
    case 'jira':
      return (await import('./jira.js')).jiraTracker(settings as TrackerSettings<'jira'>, credential, now);
    case 'linear':
      return (await import('./linear.js')).linearTracker(settings as TrackerSettings<'linear'>, credential, now);
  }
}

/** The address a tracker integration calls. */
function addressOf(settings: TrackerSettings): string {
  return 'site' in settings ? settings.site : settings.apiUrl;
}

/** A client for a tracker integration of `kind` with its settings and credential, each call checked against `outbound` first. */
export async function trackerClient(kind: TrackerKind, settings: TrackerSettings, credential: string, now: () => number, outbound: AddressPolicy): Promise<TrackerClient> {
  const client = await sdkClient(kind, settings, credential, now);
  const guard = () => checkTarget(addressOf(settings), outbound);
  return {
    create: async (draft) => (await guard(), client.create(draft)),
    read: async (externalId) => (await guard(), client.read(externalId)),
    setOpen: async (externalId, open) => (await guard(), client.setOpen(externalId, open)),
    check: async () => (await guard(), client.check()),
  };
}
