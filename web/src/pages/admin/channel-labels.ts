/** Words for notification channels and deliveries: kinds, scopes, outcomes. */
import type { Channel, DeliveryOutcome, Team } from '../../api/types.js';

/** The kinds of channel, as the form offers them. */
export const KIND_LABELS = { email: 'E-mail', slack: 'Slack', webhook: 'Webhook (signed)' } satisfies Record<Channel['config']['kind'], string>;

/** How a delivery attempt went. */
export const OUTCOME_LABELS = { sent: 'Sent', retry: 'Will retry', failed: 'Failed', lease_expired: 'Claim lapsed' } satisfies Record<DeliveryOutcome, string>;

/** The scope of a team's channels: `team:` and its name in lower case, as the server keeps it. */
export function teamScope(team: Pick<Team, 'name'>): string {
  return `team:${team.name.trim().toLowerCase()}`;
}

/** A scope in words: "The whole instance", "Team Payments" (as the team is named), or the key of a team no longer there. */
export function scopeLabel(scope: string, teams: readonly Team[]): string {
  if (scope === 'instance') return 'The whole instance';
  const team = teams.find((t) => teamScope(t) === scope);
  return team === undefined ? `Team ${scope.slice('team:'.length)} (no longer a team)` : `Team ${team.name}`;
}

/** Where a channel's messages go, as it may be shown (no secret, a Slack URL's origin only). */
export function destination(channel: Channel): string {
  const { config } = channel;
  if (config.kind === 'email') return config.to.join(', ');
  if (config.kind === 'slack') return config.url;
  return `${config.url}${config.hasSecret ? ' (signed)' : ''}`;
}
