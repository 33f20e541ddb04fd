/** The review: reviewers, the review meeting (in the user's zone), attendees; approvals written in the document, shown to remove. */
import type { Review } from '../../../../../src/core/postmortem.schema.js';
import { TextField } from '../../../components/fields.js';
import { ListInput } from '../../../components/list-input.js';
import { formatUtc, fromLocalInput, localZoneName, toLocalInput } from '../../../editing/local-time.js';
import { sectionDomId } from '../../../postmortem/sections.js';
import { EditorSection } from './editor-section.js';
import { removeAt, type EditorProps } from './editor-props.js';

/** A datetime-local field in the user's zone with its UTC value underneath. */
function LocalInstantField({ label, value, onChange }: { label: string; value: string | null; onChange(value: string | null): void }) {
  return <TextField label={label} type="datetime-local" value={toLocalInput(value)} onChange={(local) => onChange(fromLocalInput(local))} hint={formatUtc(value)} />;
}

/** The review section; approvals written in the document (an imported one's) are shown, not typed: sign-offs are made with Approve. */
export function ReviewEditor({ draft, edit, findings }: EditorProps) {
  const review = draft.review;
  const set = (changes: Partial<Review>) => edit((doc) => ({ ...doc, review: { ...doc.review, ...changes } }));
  return (
    <EditorSection section="review" findings={findings} hint={`Who reviews it and the review meeting. Times in your zone (${localZoneName()}).`}>
      <div className="form-grid">
        <ListInput label="Reviewers" values={review.reviewers} onChange={(reviewers) => set({ reviewers })} />
        <LocalInstantField label="Review meeting" value={review.meetingAt} onChange={(meetingAt) => set({ meetingAt })} />
        <ListInput label="Attendees" values={review.attendees} onChange={(attendees) => set({ attendees })} />
      </div>
      {review.approvals.length === 0 ? null : (
        <>
          <p className="field-note">
            Approvals written in the document (as imported). They do not count for Finalize: reviewers sign off with <strong>Approve this revision</strong> under the status.
          </p>
          <ul className="approval-list">
            {review.approvals.map((approval, i) => (
              <li key={i} id={sectionDomId('review', i)}>
                {approval.by || 'Someone'}
                {approval.at === null ? '' : `, ${formatUtc(approval.at)}`}{' '}
                <button type="button" className="button-quiet" onClick={() => set({ approvals: removeAt(review.approvals, i) })} aria-label={`Remove written approval ${i + 1}`}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </EditorSection>
  );
}
