/** Admin → SLOs: every service's SLO in a table; set one, edit one from its row, remove one after confirming. */
import { deleteSlo, listSlos } from '../../api/slos.js';
import type { StoredSlo } from '../../api/types.js';
import { LocalTime } from '../../components/local-time.js';
import { NamedListView } from '../../components/named-list-view.js';
import { RowActions } from '../../components/row-actions.js';
import { TableHead } from '../../components/table-head.js';
import { useNamedList } from '../../hooks/use-named-list.js';
import { SloForm } from './slo-form.js';

/** The error budget of one window in minutes, as the impact arithmetic counts it. */
function budgetMinutes(slo: StoredSlo): number {
  return Math.round(slo.windowDays * 1440 * (100 - slo.targetPercent)) / 100;
}

/** The SLOs page (admins only; the app checks before it shows it). */
export default function SlosPage() {
  const { items: slos, loadError, editing, done, remove, saved, removeOne, edit } = useNamedList(listSlos, (slo: StoredSlo) => slo.service);

  return (
    <>
      <h1>SLOs</h1>
      <p className="section-hint">
        Service level objectives: each postmortem’s impact shows the availability over the window and the share of the error budget the incident used, for every service it lists that has one here.
      </p>
      <SloForm key={editing.round} slos={slos ?? []} start={editing.item} onSaved={(slo, replaced) => saved(slo, `${replaced ? 'Replaced' : 'Set'} the SLO of ${slo.service}.`)} />
      <NamedListView items={slos} error={remove.error} loadError={loadError} done={done} what="the SLOs" empty="No SLO yet.">
        {(slos) => (
          <table className="list-table">
            <caption className="visually-hidden">SLOs, by service</caption>
            <TableHead columns={['Service', 'Target', 'Window', 'Error budget', 'Changed', '']} />
            <tbody>
              {slos.map((slo) => (
                <tr key={slo.service} data-testid="slo-row" data-service={slo.service}>
                  <td>{slo.service}</td>
                  <td>{slo.targetPercent}%</td>
                  <td>{slo.windowDays} days</td>
                  <td>{budgetMinutes(slo)} min</td>
                  <td>
                    <LocalTime utc={slo.updatedAt} />
                  </td>
                  <td>
                    <RowActions
                      name={slo.service}
                      question={`Remove the SLO of ${slo.service}?`}
                      consequences="Postmortems listing the service show what they lack instead of its error budget."
                      busy={remove.busy}
                      onEdit={() => edit(slo)}
                      onRemove={() => void removeOne(slo, () => deleteSlo(slo.service), `Removed the SLO of ${slo.service}.`)}
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
