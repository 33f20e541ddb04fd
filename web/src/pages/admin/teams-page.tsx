/** Admin → Teams: every team (lead, members, services) in a table; add or replace one, edit one from its row, remove one after confirming. */
import { deleteTeam, listTeams } from '../../api/teams.js';
import type { Team } from '../../api/types.js';
import { LocalTime } from '../../components/local-time.js';
import { NamedListView } from '../../components/named-list-view.js';
import { RowActions } from '../../components/row-actions.js';
import { TableHead } from '../../components/table-head.js';
import { useNamedList } from '../../hooks/use-named-list.js';
import { TeamForm } from './team-form.js';

/** A list as words, or a dash. */
function listed(values: readonly string[]): string {
  return values.length === 0 ? '—' : values.join(', ');
}

/** The teams page (admins only; the app checks before it shows it). */
export default function TeamsPage() {
  const { items: teams, loadError, editing, done, remove, saved, removeOne, edit } = useNamedList(listTeams, (team: Team) => team.name);

  return (
    <>
      <h1>Teams</h1>
      <p className="section-hint">Whom reminders, escalations, the digest and the metrics concern. Incidents and postmortems name their teams; a team here gives the name its lead, members and services.</p>
      <TeamForm key={editing.round} teams={teams ?? []} start={editing.item} onSaved={(team, replaced) => saved(team, `${replaced ? 'Replaced' : 'Added'} the team ${team.name}.`)} />
      <NamedListView items={teams} error={remove.error} loadError={loadError} done={done} what="the teams" empty="No team yet.">
        {(teams) => (
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
                      onRemove={() => void removeOne(team, () => deleteTeam(team.name), `Removed the team ${team.name}.`)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </NamedListView>
    </>
  );
}
