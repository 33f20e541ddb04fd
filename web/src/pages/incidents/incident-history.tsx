/** An incident's page → its history: every change, newest first, who made it, when and what it was in words. */
import { useEffect, useState } from 'react';
import { listIncidentRevisions } from '../../api/incidents.js';
import type { IncidentRevision } from '../../api/types.js';
import { LocalTime } from '../../components/local-time.js';
import { ErrorNote, Loading } from '../../components/notices.js';
import { TableHead } from '../../components/table-head.js';
import { revisionNoteLabel } from '../../incidents/revision-note.js';

/** The section; read again whenever the incident's version changes. */
export function IncidentHistory({ id, version }: { id: string; version: number }) {
  const [revisions, setRevisions] = useState<IncidentRevision[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    listIncidentRevisions(id).then(
      (items) => live && setRevisions([...items].reverse()),
      (caught: unknown) => live && setError(caught),
    );
    return () => {
      live = false;
    };
  }, [id, version]);

  return (
    <section className="panel" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      <ErrorNote error={error} />
      {revisions === null ? (
        error === null ? <Loading what="the history" /> : null
      ) : (
        <div className="table-scroll">
          <table className="list-table">
            <caption className="visually-hidden">Every change, newest first</caption>
            <TableHead columns={['Version', 'When', 'Who', 'What']} />
            <tbody>
              {revisions.map((r) => (
                <tr key={r.number} data-testid="incident-revision">
                  <td className="number">{r.number}</td>
                  <td>
                    <LocalTime utc={r.at} />
                  </td>
                  <td>{r.by}</td>
                  <td>{revisionNoteLabel(r.note)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
