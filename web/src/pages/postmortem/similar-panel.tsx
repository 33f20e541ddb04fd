/**
 * Similar past incidents, while a postmortem is written and read: the five most similar postmortems the user may
 * read, each linked, with its score and why it was chosen. Read again whenever the postmortem's version changes.
 */
import { Link } from '../../routing/router.js';
import { getSimilar } from '../../api/similar.js';
import { ErrorNote } from '../../components/notices.js';
import { useLoaded } from '../../hooks/use-loaded.js';
import { postmortemPath } from '../../routing/routes.js';

/** How many similar postmortems the panel shows. */
const SHOWN = 5;

/** The panel. */
export function SimilarPanel({ id, version }: { id: string; version: number }) {
  const { value: similar, error } = useLoaded((signal) => getSimilar(id, SHOWN, signal), [id, version]);
  if (similar === null && error === null) return null;

  return (
    <section className="panel similar-panel" aria-labelledby="similar-heading" data-testid="similar">
      <h2 id="similar-heading">Similar incidents</h2>
      <ErrorNote error={error} />
      {similar === null ? null : similar.length === 0 ? (
        <p className="empty">No earlier postmortem shares enough with this one yet: its title, summary, services and causes are what similar ones are found by.</p>
      ) : (
        <ol className="similar-list">
          {similar.map((s) => (
            <li key={s.id}>
              <Link to={postmortemPath(s.id)}>{s.title || 'Untitled postmortem'}</Link> <span className="similar-score">score {s.score.toFixed(2)}</span>
              <ul className="similar-why">
                {s.why.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
