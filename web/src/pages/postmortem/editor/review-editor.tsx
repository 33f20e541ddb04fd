/** The review: reviewers, the review meeting (in the user's zone), attendees, and approvals (who, when). */
import type { Review } from '../../../../../src/core/postmortem.schema.js';
import { TextField } from '../../../components/fields.js';
import { ListInput } from '../../../components/list-input.js';
import { formatUtc, fromLocalInput, localZoneName, toLocalInput } from '../../../editing/local-time.js';
import { sectionDomId } from '../../../postmortem/sections.js';
import { EditorSection } from './editor-section.js';
import { removeAt, replaceAt, type EditorProps } from './editor-props.js';

type Approval = Review['approvals'][number];

/** A datetime-local field in the user's zone with its UTC value underneath. */
function LocalInstantField({ label, value, onChange }: { label: string; value: string | null; onChange(value: string | null): void }) {
  return <TextField label={label} type="datetime-local" value={toLocalInput(value)} onChange={(local) => onChange(fromLocalInput(local))} hint={formatUtc(value)} />;
}

/** The review section. */
export function ReviewEditor({ draft, edit, findings, peopleList }: EditorProps & { peopleList: string }) {
  const review = draft.review;
  const set = (changes: Partial<Review>) => edit((doc) => ({ ...doc, review: { ...doc.review, ...changes } }));
  const setApproval = (i: number, change: (a: Approval) => Approval) => set({ approvals: replaceAt(review.approvals, i, change) });
  return (
    <EditorSection section="review" findings={findings} hint={`Who reviews it, the review meeting and who approved it. Times in your zone (${localZoneName()}).`}>
      <div className="form-grid">
        <ListInput label="Reviewers" values={review.reviewers} onChange={(reviewers) => set({ reviewers })} />
        <LocalInstantField label="Review meeting" value={review.meetingAt} onChange={(meetingAt) => set({ meetingAt })} />
        <ListInput label="Attendees" values={review.attendees} onChange={(attendees) => set({ attendees })} />
      </div>
      <ol className="approval-list">
        {review.approvals.map((approval, i) => (
          <li key={i} id={sectionDomId('review', i)} className="form-grid approval">
            <TextField label={`Approved by (approval ${i + 1})`} list={peopleList} value={approval.by} onChange={(by) => setApproval(i, (a) => ({ ...a, by }))} />
            <LocalInstantField label={`Approved at (approval ${i + 1})`} value={approval.at} onChange={(at) => setApproval(i, (a) => ({ ...a, at }))} />
            <button type="button" className="button-quiet" onClick={() => set({ approvals: removeAt(review.approvals, i) })} aria-label={`Remove approval ${i + 1}`}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => set({ approvals: [...review.approvals, { by: '', at: null }] })}>
        Add an approval
      </button>
    </EditorSection>
  );
}
