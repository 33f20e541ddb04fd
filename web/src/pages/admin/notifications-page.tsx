/**
 * Admin → Notifications: the channels of the whole instance and of each team; add, change and remove them (a
 * webhook's generated secret shown once); and the delivery log.
 */
import { useEffect, useState } from 'react';
import { deleteChannel, listChannels } from '../../api/channels.js';
import { listTeams } from '../../api/teams.js';
import type { Channel, SavedChannel, Team } from '../../api/types.js';
import { ErrorNote, Loading, StatusNote } from '../../components/notices.js';
import { useAction } from '../../hooks/use-action.js';
import { ChannelForm } from './channel-form.js';
import { scopeLabel, teamScope } from './channel-labels.js';
import { ChannelTable } from './channel-table.js';
import { DeliveryLog } from './delivery-log.js';
import { NewSecret } from './new-secret.js';

/** The scopes shown: the instance, every team, then any scope of a channel whose team is gone. */
function scopesOf(teams: readonly Team[], channels: readonly Channel[]): string[] {
  const known = ['instance', ...teams.map(teamScope)];
  return [...known, ...new Set(channels.map((c) => c.scope).filter((scope) => !known.includes(scope)))];
}

/** By name, any case. */
function byName(a: Channel, b: Channel): number {
  return a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });
}

/** The notifications page (admins only; the app checks before it shows it). */
export default function NotificationsPage() {
  const [channels, setChannels] = useState<Channel[] | null>(null);
  const [teams, setTeams] = useState<Team[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [editing, setEditing] = useState<{ channel: Channel | null; round: number }>({ channel: null, round: 0 });
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const remove = useAction();

  useEffect(() => {
    Promise.all([listChannels(), listTeams()]).then(([loadedChannels, loadedTeams]) => {
      setTeams(loadedTeams);
      setChannels([...loadedChannels].sort(byName));
    }, setLoadError);
  }, []);

  const startOver = (channel: Channel | null) => setEditing(({ round }) => ({ channel, round: round + 1 }));
  const saved = ({ channel, secret: newSecret }: SavedChannel, added: boolean) => {
    setChannels((current) => [...(current ?? []).filter((c) => c.id !== channel.id), channel].sort(byName));
    setSecret(newSecret === null ? null : { name: channel.name, secret: newSecret });
    setDone(`${added ? 'Added' : 'Saved'} the channel ${channel.name}.`);
    startOver(null);
  };
  const removeOne = async (channel: Channel) => {
    setDone(null);
    if (await remove.run(() => deleteChannel(channel.id))) {
      setChannels((current) => current?.filter((c) => c.id !== channel.id) ?? null);
      setDone(`Removed the channel ${channel.name}.`);
    }
  };
  const edit = (channel: Channel) => {
    setDone(null);
    setSecret(null);
    startOver(channel);
  };

  return (
    <>
      <h1>Notifications</h1>
      <p className="section-hint">
        Where Debrief sends reminders, escalations, the weekly digest and alarms: e-mail, Slack, or a signed webhook, for the whole instance or for a team. Receivers in private
        or loopback ranges are refused.
      </p>
      <ChannelForm key={editing.round} teams={teams} start={editing.channel} onSaved={saved} onCancel={() => startOver(null)} />
      {secret === null ? null : <NewSecret name={secret.name} secret={secret.secret} onDone={() => setSecret(null)} />}
      <StatusNote message={done} />
      <ErrorNote error={loadError ?? remove.error} />
      <section className="panel" aria-labelledby="channels-heading">
        <h2 id="channels-heading">Channels</h2>
        {channels === null ? (
          loadError === null ? <Loading what="the channels" /> : null
        ) : (
          scopesOf(teams, channels).map((scope) => (
            <ChannelTable
              key={scope}
              label={scopeLabel(scope, teams)}
              channels={channels.filter((c) => c.scope === scope)}
              busy={remove.busy}
              onEdit={edit}
              onRemove={(channel) => void removeOne(channel)}
            />
          ))
        )}
      </section>
      {channels === null ? null : <DeliveryLog channels={channels} teams={teams} />}
    </>
  );
}
