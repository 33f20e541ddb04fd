/** Admin → Teams: every team (lead, members, services) in a table; add or replace one, edit one from its row, remove one after confirming. */
import { useEffect, useState } from 'react';
import { deleteTeam, listTeams } from '../../api/teams.js';
import type { Team } from '../../api/types.js';
import { LocalTime } from '../../components/local-time.js';
import { ErrorNote, Loading, StatusNote } from '../../components/notices.js';
import { RowActions } from '../../components/row-actions.js';
import { TableHead } from '../../components/table-head.js';
import { useAction } from '../../hooks/use-action.js';
import { TeamForm } from './team-form.js';

/** In the order the server lists them: by name, any case. */
function byName(a: Team, b: Team): number {
  const [x, y] = [a.name.toLowerCase(), b.name.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A list as words, or a dash. */
function listed(values: readonly string[]): string {
  return values.length === 0 ? '—' : values.join(', ');
}

/** The teams page (admins only; the app checks before it shows it). */
export default function TeamsPage() {
  const [teams, setTeams] = useState<Team[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [editing, setEditing] = useState<{ team: Team | null; round: number }>({ team: null, round: 0 });
  const [done, setDone] = useState<string | null>(null);
  const remove = useAction();

  useEffect(() => {
    listTeams().then(setTeams, setLoadError);
  }, []);

  const saved = (team: Team, replaced: boolean) => {
    setTeams((current) => [...(current ?? []).filter((t) => t.name.toLowerCase() !== team.name.toLowerCase()), team].sort(byName));
    setEditing(({ round }) => ({ team: null, round: round + 1 }));
    setDone(`${replaced ? 'Replaced' : 'Added'} the team ${team.name}.`);
  };
  const removeOne = async (team: Team) => {
    setDone(null);
    if (await remove.run(() => deleteTeam(team.name))) {
      setTeams((current) => current?.filter((t) => t !== team) ?? null);
      setDone(`Removed the team ${team.name}.`);
    }
  };
  const edit = (team: Team) => {
    setDone(null);
    setEditing(({ round }) => ({ team, round: round + 1 }));
  };

  return (
    <>
      <h1>Teams</h1>
      <p className="section-hint">Whom reminders, escalations, the digest and the metrics concern. Incidents and postmortems name their teams; a team here gives the name its lead, members and services.</p>
      <TeamForm key={editing.round} teams={teams ?? []} start={editing.team} onSaved={saved} />
      <StatusNote message={done} />
      <ErrorNote error={loadError ?? remove.error} />
      {teams === null ? (
        loadError === null ? <Loading what="the teams" /> : null
      ) : teams.length === 0 ? (
        <p className="empty">No team yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="list-table">
            <caption className="visually-hidden">Teams, by name</caption>
            <TableHead columns={['Name', 'Lead', 'Members', 'Services', 'Changed', '']} />
            <tbody>
              {teams.map((team) => (
                <tr key={team.name} data-testid="team-row" data-name={team.name}>
                  <td>{team.name}</td>
                  <td>{team.lead ?? '—'}</td>
                  <td>{listed(team.members)}</td>
                  <td>{listed(team.services)}</td>
                  <td>
                    <LocalTime utc={team.updatedAt} />
                  </td>
                  <td>
                    <RowActions
                      name={team.name}
                      question={`Remove the team ${team.name}?`}
                      consequences="Its lead, members and services are forgotten. Incidents and postmortems that name it keep the name."
                      busy={remove.busy}
                      onEdit={() => edit(team)}
                      onRemove={() => void removeOne(team)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
