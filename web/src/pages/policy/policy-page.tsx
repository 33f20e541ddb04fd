/**
 * Policy: the owed-postmortem policy in force (version, who set it and when) as YAML. Admins save a new version; a
 * refused one lists each problem with its line and field, and the policy in force stays. Everyone can try a text.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { canAdminister } from '../../../../src/core/access.js';
import { getPolicy, setPolicy } from '../../api/policy.js';
import type { PolicyView } from '../../api/types.js';
import { FormActions } from '../../components/form-actions.js';
import { LocalTime } from '../../components/local-time.js';
import { ErrorNote, Loading, StatusNote } from '../../components/notices.js';
import { useAction } from '../../hooks/use-action.js';
import { policyProblems } from '../../policy/policy-problems.js';
import { useUser } from '../../session/session.js';
import { PolicyEditor } from './policy-editor.js';
import { PolicyRefusal } from './policy-refusal.js';
import { PolicyTry } from './policy-try.js';

const HINT_ID = 'policy-hint';
const REFUSAL_ID = 'policy-refusal';

/** Which version is in force, and who set it when. */
function InForce({ policy }: { policy: PolicyView }) {
  if (policy.version === 0 || policy.createdAt === null) {
    return <p data-testid="policy-in-force">In force: the default policy (version 0). No admin has set one yet.</p>;
  }
  return (
    <p data-testid="policy-in-force">
      In force: version {policy.version}, set by {policy.createdBy ?? 'someone'} on <LocalTime utc={policy.createdAt} />.
    </p>
  );
}

/** The page: everyone reads it; admins save. */
export default function PolicyPage() {
  const isAdmin = canAdminister(useUser().role);
  const [policy, setPolicyView] = useState<PolicyView | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [text, setText] = useState('');
  const [done, setDone] = useState<string | null>(null);
  /** The text last sent to Save: a refusal's lines are marked only while the text is still that one. */
  const [sent, setSent] = useState('');
  const save = useAction();
  const textarea = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    getPolicy().then((view) => {
      setPolicyView(view);
      setText(view.document);
    }, setLoadError);
  }, []);

  const problems = useMemo(() => policyProblems(save.error), [save.error]);
  const refused = save.error !== null && problems.length > 0;
  const stale = refused && text !== sent;
  const problemLines = useMemo(() => new Set(stale ? [] : problems.flatMap((p) => (p.line === null ? [] : [p.line]))), [problems, stale]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    setSent(text);
    await save.run(async () => {
      const view = await setPolicy(text);
      setPolicyView(view);
      setText(view.document);
      setDone(`Saved: version ${view.version} is now in force. Incidents recorded or changed from now on are decided by it.`);
    });
  };

  if (policy === null) {
    return loadError === null ? (
      <Loading what="the policy" />
    ) : (
      <>
        <h1>Policy</h1>
        <ErrorNote error={loadError} />
      </>
    );
  }
  const changed = text !== policy.document;
  return (
    <>
      <h1>Policy</h1>
      <p className="section-hint">When a postmortem is owed for an incident and of what depth, its deadlines, action-item due dates, the digest and the completion alarm.</p>
      <InForce policy={policy} />
      <form className="panel" aria-label="The policy" onSubmit={(event) => void submit(event)}>
        <p id={HINT_ID} className="field-hint">
          {isAdmin
            ? 'Every key is optional: one left out keeps its default. Durations such as 30m, 24h, 90d, 2w or 1h30m. Saving makes a new version; a policy with a mistake is refused whole.'
            : 'Only admins save a new version. You may change the text here to try it below; nothing is kept.'}
        </p>
        <PolicyEditor value={text} onChange={setText} textareaRef={textarea} problemLines={problemLines} describedBy={refused ? `${HINT_ID} ${REFUSAL_ID}` : HINT_ID} />
        {refused ? (
          <PolicyRefusal id={REFUSAL_ID} problems={problems} version={policy.version} stale={stale} textareaRef={textarea} />
        ) : (
          <ErrorNote error={save.error} />
        )}
        <StatusNote message={done} />
        {isAdmin ? (
          <FormActions busy={save.busy} label="Save" busyLabel="Saving…">
            {changed ? (
              <button type="button" onClick={() => setText(policy.document)}>
                Discard changes
              </button>
            ) : null}
          </FormActions>
        ) : changed ? (
          <div className="form-actions">
            <button type="button" onClick={() => setText(policy.document)}>
              Back to the policy in force
            </button>
          </div>
        ) : null}
      </form>
      <PolicyTry document={text} />
    </>
  );
}
