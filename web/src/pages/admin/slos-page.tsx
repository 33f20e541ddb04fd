/** Admin → SLOs: every service's SLO in a table; set one, edit one from its row, remove one after confirming. */
import { useEffect, useState } from 'react';
import { deleteSlo, listSlos } from '../../api/slos.js';
import type { StoredSlo } from '../../api/types.js';
import { LocalTime } from '../../components/local-time.js';
import { ErrorNote, Loading, StatusNote } from '../../components/notices.js';
import { RowActions } from '../../components/row-actions.js';
import { TableHead } from '../../components/table-head.js';
import { useAction } from '../../hooks/use-action.js';
import { SloForm } from './slo-form.js';

/** In the order the server lists them: by service, any case. */
function byService(a: StoredSlo, b: StoredSlo): number {
  return a.service.toLowerCase().localeCompare(b.service.toLowerCase());
}

/** The error budget of one window in minutes, as the impact arithmetic counts it. */
function budgetMinutes(slo: StoredSlo): number {
  return Math.round(slo.windowDays * 1440 * (100 - slo.targetPercent)) / 100;
}

/** The SLOs page (admins only; the app checks before it shows it). */
export default function SlosPage() {
  const [slos, setSlos] = useState<StoredSlo[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [editing, setEditing] = useState<{ slo: StoredSlo | null; round: number }>({ slo: null, round: 0 });
  const [done, setDone] = useState<string | null>(null);
  const remove = useAction();

  useEffect(() => {
    listSlos().then(setSlos, setLoadError);
  }, []);

  const saved = (slo: StoredSlo, replaced: boolean) => {
    setSlos((current) => [...(current ?? []).filter((s) => s.service.toLowerCase() !== slo.service.toLowerCase()), slo].sort(byService));
    setEditing(({ round }) => ({ slo: null, round: round + 1 }));
    setDone(`${replaced ? 'Replaced' : 'Set'} the SLO of ${slo.service}.`);
  };
  const removeOne = async (slo: StoredSlo) => {
    setDone(null);
    if (await remove.run(() => deleteSlo(slo.service))) {
      setSlos((current) => current?.filter((s) => s !== slo) ?? null);
      setDone(`Removed the SLO of ${slo.service}.`);
    }
  };
  const edit = (slo: StoredSlo) => {
    setDone(null);
    setEditing(({ round }) => ({ slo, round: round + 1 }));
  };

  return (
    <>
      <h1>SLOs</h1>
      <p className="section-hint">
        Service level objectives: each postmortem’s impact shows the availability over the window and the share of the error budget the incident used, for every service it lists that has one here.
      </p>
      <SloForm key={editing.round} slos={slos ?? []} start={editing.slo} onSaved={saved} />
      <StatusNote message={done} />
      <ErrorNote error={loadError ?? remove.error} />
      {slos === null ? (
        loadError === null ? <Loading what="the SLOs" /> : null
      ) : slos.length === 0 ? (
        <p className="empty">No SLO yet.</p>
      ) : (
        <div className="table-scroll">
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
                      onRemove={() => void removeOne(slo)}
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
