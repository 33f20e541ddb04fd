/** Admin → Deleted: postmortems deleted in the last 30 days, each restorable whole until it is purged. */
import { useEffect, useState } from 'react';
import type { DeletedPostmortem } from '../../../../src/store/store.types.js';
import { listDeleted, restoreDeleted } from '../../api/postmortems.js';
import { ErrorNote, Loading, StatusNote } from '../../components/notices.js';
import { TableHead } from '../../components/table-head.js';
import { formatLocal } from '../../editing/local-time.js';
import { useAction } from '../../hooks/use-action.js';
import { Link } from '../../routing/router.js';
import { postmortemPath } from '../../routing/routes.js';

/** The page (admins only; the app checks before it shows it). */
export default function DeletedPage() {
  const [items, setItems] = useState<DeletedPostmortem[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [restored, setRestored] = useState<{ id: string; title: string } | null>(null);
  const restore = useAction();
  useEffect(() => {
    listDeleted().then(setItems, setLoadError);
  }, []);

  const restoreOne = async (item: DeletedPostmortem) => {
    setRestored(null);
    if (await restore.run(async () => void (await restoreDeleted(item.id)))) {
      setItems((current) => current?.filter((i) => i.id !== item.id) ?? null);
      setRestored({ id: item.postmortemId, title: item.title });
    }
  };

  return (
    <>
      <h1>Deleted postmortems</h1>
      <p className="section-hint">A deleted postmortem is kept whole — its text, history, comments and approvals — for 30 days, then purged. Restore puts it back as it was.</p>
      <ErrorNote error={loadError ?? restore.error} />
      <StatusNote message={restored === null ? null : `Restored “${restored.title}”.`} />
      {restored === null ? null : (
        <p>
          <Link to={postmortemPath(restored.id)}>Open “{restored.title}”</Link>
        </p>
      )}
      {items === null ? (
        loadError === null ? <Loading what="the deleted postmortems" /> : null
      ) : items.length === 0 ? (
        <p className="empty">Nothing was deleted in the last 30 days.</p>
      ) : (
        <div className="table-scroll">
          <table className="list-table">
            <caption className="visually-hidden">Deleted postmortems, newest first</caption>
            <TableHead columns={['Title', 'Id', 'Deleted', 'By', 'Restorable until', '']} />
            <tbody>
              {items.map((item) => (
                <tr key={item.id} data-testid="deleted-row">
                  <td>{item.title}</td>
                  <td>{item.postmortemId}</td>
                  <td>
                    <time dateTime={item.deletedAt}>{formatLocal(item.deletedAt)}</time>
                  </td>
                  <td>{item.deletedBy}</td>
                  <td>
                    <time dateTime={item.restorableUntil}>{formatLocal(item.restorableUntil)}</time>
                  </td>
                  <td>
                    <button type="button" disabled={restore.busy} onClick={() => void restoreOne(item)}>
                      Restore<span className="visually-hidden"> “{item.title}”</span>
                    </button>
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
