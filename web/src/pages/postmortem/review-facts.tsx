/** The review of a postmortem in the read view: reviewers, the meeting (UTC and local), attendees, approvals. */
import type { Review } from '../../../../src/core/postmortem.schema.js';
import { FactList } from '../../components/fact-list.js';
import { formatLocal, formatUtc } from '../../editing/local-time.js';
import { SECTION_TITLES, sectionDomId } from '../../postmortem/sections.js';

/** An instant as "2024-03-01 14:05 UTC (1 Mar 2024, 15:05)". */
function when(utc: string | null): string {
  return utc === null ? '—' : `${formatUtc(utc)} (${formatLocal(utc)})`;
}

/** The review section, or nothing when no part of the review is filled in. */
export function ReviewFacts({ review }: { review: Review }) {
  if (review.reviewers.length === 0 && review.meetingAt === null && review.attendees.length === 0 && review.approvals.length === 0) return null;
  const facts: [string, string][] = [
    ['Reviewers', review.reviewers.join(', ') || '—'],
    ['Review meeting', when(review.meetingAt)],
    ['Attendees', review.attendees.join(', ') || '—'],
    ['Approvals', review.approvals.map((a) => (a.at === null ? a.by : `${a.by}, ${when(a.at)}`)).join('; ') || '—'],
  ];
  return (
    <section id={sectionDomId('review')} className="read-section">
      <h2>{SECTION_TITLES.review}</h2>
      <FactList facts={facts} />
    </section>
  );
}
