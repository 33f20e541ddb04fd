/** Revision history in words (fields and statuses as the app names them): who changed what and when; a revision compared with the current version; restore, after a confirmation. */
import { useEffect, useState } from 'react';
import { getRevision, listRevisions } from '../../api/postmortems.js';
import type { PostmortemView, Revision, RevisionInfo } from '../../api/types.js';
import { ConfirmButton } from '../../components/confirm-button.js';
import { ErrorNote, Loading } from '../../components/notices.js';
import { changedFields, documentOf } from '../../editing/document.js';
import { formatLocal } from '../../editing/local-time.js';
import { fieldLabel, noteLabel } from '../../postmortem/history-labels.js';
import { readableValue } from '../../postmortem/readable-value.js';
import { TextDiff } from './text-diff.js';
import { TableHead } from '../../components/table-head.js';

function RevisionDiff({ revision, current }: { revision: Revision; current: PostmortemView }) {
  const { derived: _derived, ...old } = revision.postmortem;
  // Revisions are of the document alone: who may see it is not part of them.
  const { members: _members, ...now } = documentOf(current);
  const fields = changedFields(old, now);
  return (
    <section className="revision-diff" aria-labelledby="diff-title">
      <h3 id="diff-title">
        Revision {revision.number} compared with the current version ({current.version})
      </h3>
      {fields.length === 0 ? <p>Identical to the current version.</p> : null}
      {fields.map((field) => (
        <div key={field} className="diff-field">
          <h4>{fieldLabel(field)}</h4>
          <TextDiff before={readableValue(field, old[field])} after={readableValue(field, now[field])} />
        </div>
      ))}
    </section>
  );
}

/** The history page of a postmortem; `onRestore` makes a revision current again. */
export function HistoryView({ id, current, canWrite, onRestore }: { id: string; current: PostmortemView; canWrite: boolean; onRestore(number: number): Promise<void> }) {
  const [revisions, setRevisions] = useState<RevisionInfo[] | null>(null);
  const [selected, setSelected] = useState<Revision | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    listRevisions(id).then((items) => setRevisions([...items].reverse()), setError);
  }, [id, current.version]);

  const select = (number: number) => getRevision(id, number).then(setSelected, setError);
  const restore = async (number: number) => {
    setError(null);
    try {
      await onRestore(number);
      setSelected(null);
    } catch (caught) {
      setError(caught);
    }
  };

  if (revisions === null) return error === null ? <Loading what="the history" /> : <ErrorNote error={error} />;
  return (
    <div className={selected === null ? 'history' : 'history history-comparing'}>
      <ErrorNote error={error} />
      <div className="table-scroll">
        <table className="list-table">
          <caption>Every change, newest first</caption>
          <TableHead columns={['Version', 'When', 'Who', 'What changed', '']} />
          <tbody>
            {revisions.map((r) => (
              <tr key={r.number} aria-selected={selected?.number === r.number}>
                <td className="number">{r.number}</td>
                <td>
                  <time dateTime={r.at}>{formatLocal(r.at)}</time>
                </td>
                <td>{r.by.email}</td>
                <td>
                  {noteLabel(r.note)}
                  <div className="row-meta">{r.changed.map(fieldLabel).join(', ')}</div>
                </td>
                <td className="row-actions">
                  <button type="button" className="button-quiet" onClick={() => void select(r.number)}>
                    Compare
                  </button>
                  {canWrite && r.number !== current.version ? (
                    <ConfirmButton
                      className="button-quiet"
                      label={
                        <>
                          Restore<span className="visually-hidden"> revision {r.number}</span>
                        </>
                      }
                      question={`Restore revision ${r.number}?`}
                      confirmLabel="Restore"
                      onConfirm={() => void restore(r.number)}
                    >
                      Its text replaces the current version ({current.version}) as a new revision, which can be undone the same way. The status and the restriction stay as they are now.
                      {selected?.number === r.number ? ' The comparison shows what will change.' : ' Compare it first to see what will change.'}
                    </ConfirmButton>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* Beside the table on a wide screen (below it on a narrow one), so the chosen row stays in view. */}
      {selected === null ? null : <RevisionDiff revision={selected} current={current} />}
    </div>
  );
}
