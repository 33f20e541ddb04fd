/**
 * The public version of a published postmortem: the original and the public text side by side, each proposed
 * redaction accepted or rejected, more added by selecting text in the original, the customer-facing wording edited,
 * saved as its own revisioned document and published (the server checks that nothing sensitive is left).
 */
import { useEffect, useRef, useState } from 'react';
import type { PublicProposal, RedactionKind, ReviewedRedaction } from '../../../../src/core/public-postmortem.js';
import { getPublicProposal, getPublicVersion, publishPublicVersion, savePublicVersion, unpublishPublicVersion, type PublicVersionView } from '../../api/public-version.js';
import { SelectField, TextArea, TextField } from '../../components/fields.js';
import { ErrorNote, Loading } from '../../components/notices.js';
import { TableHead } from '../../components/table-head.js';
import { formatLocal } from '../../editing/local-time.js';
import { useAction } from '../../hooks/use-action.js';
import { addedRedaction, publicTextOf, reviewedRedactions, type Decisions } from '../../postmortem/public-text.js';

const KIND_LABELS: Record<RedactionKind, string> = {
  person: 'Name',
  handle: 'Handle',
  email: 'E-mail address',
  ip: 'IP address',
  host: 'Host name',
  url: 'Internal link',
  ticket: 'Ticket',
  channel: 'Chat channel',
  secret: 'Secret',
};

/** The decisions a saved version recorded, matched to the proposal's redactions by what they replace. */
function savedDecisions(proposal: PublicProposal, saved: PublicVersionView | null): Decisions {
  const decided = new Map((saved?.redactions ?? []).map((r) => [`${r.kind}\u0000${r.original}\u0000${r.line ?? ''}:${r.column ?? ''}`, r.decision]));
  return Object.fromEntries(proposal.redactions.map((r) => [r.id, decided.get(`${r.kind}\u0000${r.original}\u0000${r.line}:${r.column}`) === 'rejected' ? 'rejected' : 'accepted']));
}

/** One proposed redaction as a table row, with its accept and reject buttons. */
function RedactionRow({ r, decision, onDecide }: { r: PublicProposal['redactions'][number]; decision: 'accepted' | 'rejected'; onDecide(decision: 'accepted' | 'rejected'): void }) {
  return (
    <tr className={decision === 'rejected' ? 'redaction-rejected' : undefined} data-redaction={r.id}>
      <td>{r.id}</td>
      <td>{KIND_LABELS[r.kind]}</td>
      <td>
        <code>{r.original}</code> → <code>{r.replacement}</code>
        <div className="field-note">
          line {r.line}, column {r.column}: {r.why}
        </div>
      </td>
      <td className="redaction-decision">
        <button type="button" className="button-quiet" aria-pressed={decision === 'accepted'} onClick={() => onDecide('accepted')}>
          Accept
        </button>
        <button type="button" className="button-quiet" aria-pressed={decision === 'rejected'} onClick={() => onDecide('rejected')}>
          Reject
        </button>
      </td>
    </tr>
  );
}

/** The review once the proposal (and the saved version, if any) are loaded. */
function Review({ id, proposal, initial }: { id: string; proposal: PublicProposal; initial: PublicVersionView | null }) {
  const [saved, setSaved] = useState(initial);
  const [decisions, setDecisions] = useState<Decisions>(() => savedDecisions(proposal, initial));
  const [added, setAdded] = useState<ReviewedRedaction[]>(() => initial?.redactions.filter((r) => r.decision === 'added') ?? []);
  const [title, setTitle] = useState(initial?.title ?? proposal.title);
  const [text, setText] = useState(initial?.text ?? proposal.text);
  const [selection, setSelection] = useState('');
  const [addKind, setAddKind] = useState<RedactionKind>('person');
  const [replacement, setReplacement] = useState('an engineer');
  const original = useRef<HTMLPreElement>(null);
  const action = useAction();

  /** New decisions rebuild the public text from the original (wording edits made since are replaced). */
  const rebuild = (nextDecisions: Decisions, nextAdded: readonly ReviewedRedaction[]) => {
    setDecisions(nextDecisions);
    setAdded([...nextAdded]);
    const rebuilt = publicTextOf(proposal.original, proposal.redactions, nextDecisions, nextAdded);
    setTitle(rebuilt.title || proposal.title);
    setText(rebuilt.text);
  };
  const noteSelection = () => {
    const chosen = window.getSelection();
    const inside = chosen !== null && original.current !== null && chosen.anchorNode !== null && original.current.contains(chosen.anchorNode);
    setSelection(inside ? chosen.toString().trim() : '');
  };
  const addSelection = () => {
    if (selection === '') return;
    rebuild(decisions, [...added, addedRedaction(proposal.original, selection, addKind, replacement, added.length + 1)]);
    setSelection('');
  };
  const input = () => ({ title, text, redactions: reviewedRedactions(proposal.redactions, decisions, added) });
  const save = () => action.run(async () => void (await savedNow()));
  /** The saved version, saved again first when the review changed since. */
  const savedNow = async (): Promise<PublicVersionView> => {
    const wanted = input();
    const same = saved !== null && JSON.stringify({ title: saved.title, text: saved.text, redactions: saved.redactions }) === JSON.stringify(wanted);
    if (same) return saved;
    const current = await savePublicVersion(id, saved?.version ?? null, wanted);
    setSaved(current);
    return current;
  };
  const publish = () => action.run(async () => setSaved(await publishPublicVersion(id, (await savedNow()).version)));
  const unpublish = () => action.run(async () => setSaved(await unpublishPublicVersion(id)));

  return (
    <section className="public-version" aria-labelledby="public-heading">
      <h2 id="public-heading">Public version</h2>
      <p className="public-state" role="status">
        {saved === null ? 'Not saved yet.' : `Saved as version ${saved.version} by ${saved.updatedBy} on ${formatLocal(saved.updatedAt)}. `}
        {saved?.published == null ? (saved === null ? null : 'Not published.') : (
          <>
            Published on {formatLocal(saved.published.at)} at <a href={saved.published.url}>{saved.published.url}</a>.
          </>
        )}
      </p>
      <div className="public-sides">
        <div className="public-side">
          <h3>Original</h3>
          <pre ref={original} className="public-original" aria-label="Original postmortem" onMouseUp={noteSelection} onKeyUp={noteSelection}>
            {proposal.original}
          </pre>
          <div className="public-add">
            <TextField label="Selected text" value={selection} onChange={setSelection} hint="Select text in the original, or type it, to redact it everywhere." />
            <SelectField label="Kind" value={addKind} options={KIND_LABELS} onChange={(kind) => setAddKind(kind === '' ? 'person' : kind)} />
            <TextField label="Replace with" value={replacement} onChange={setReplacement} />
            <button type="button" className="button-quiet" disabled={selection === '' || replacement.trim() === ''} onClick={addSelection}>
              Redact selection
            </button>
          </div>
        </div>
        <div className="public-side">
          <h3>Public</h3>
          <TextField label="Public title" value={title} onChange={setTitle} />
          <TextArea label="Public text (Markdown)" rows={24} value={text} onChange={setText} hint="Accepting or rejecting a redaction rebuilds this text from the original." />
        </div>
      </div>
      <div className="table-scroll">
        <table className="redactions">
          <caption>Redactions ({proposal.redactions.length} proposed, {added.length} added)</caption>
          <TableHead columns={['Id', 'Kind', 'Replaced', 'Decision']} />
          <tbody>
            {proposal.redactions.map((r) => (
              <RedactionRow key={r.id} r={r} decision={decisions[r.id] ?? 'accepted'} onDecide={(decision) => rebuild({ ...decisions, [r.id]: decision }, added)} />
            ))}
            {added.map((r) => (
              <tr key={r.id} data-redaction={r.id}>
                <td>{r.id}</td>
                <td>{KIND_LABELS[r.kind]}</td>
                <td>
                  <code>{r.original}</code> → <code>{r.replacement}</code>
                </td>
                <td>
                  <button type="button" className="button-quiet" onClick={() => rebuild(decisions, added.filter((a) => a !== r))}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="form-actions">
        <button type="button" className="button-quiet" disabled={action.busy} onClick={() => void save()}>
          Save public version
        </button>
        <button type="button" className="button-primary" disabled={action.busy} onClick={() => void publish()}>
          Publish
        </button>
        {saved?.published == null ? null : (
          <button type="button" className="button-quiet" disabled={action.busy} onClick={() => void unpublish()}>
            Take down
          </button>
        )}
      </div>
      <ErrorNote error={action.error} />
    </section>
  );
}

/** The public version page of postmortem `id` (for editors, once it is published). */
export function PublicVersionView({ id }: { id: string }) {
  const [loaded, setLoaded] = useState<{ proposal: PublicProposal; saved: PublicVersionView | null } | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const abort = new AbortController();
    Promise.all([getPublicProposal(id, abort.signal), getPublicVersion(id, abort.signal)]).then(
      ([proposal, saved]) => setLoaded({ proposal, saved }),
      (caught: unknown) => {
        if (!abort.signal.aborted) setError(caught);
      },
    );
    return () => abort.abort();
  }, [id]);
  if (error !== null) return <ErrorNote error={error} />;
  if (loaded === null) return <Loading what="the public version" />;
  return <Review id={id} proposal={loaded.proposal} initial={loaded.saved} />;
}
