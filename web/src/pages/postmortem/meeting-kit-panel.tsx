/**
 * The review meeting kit, while the postmortem is in review (for everyone who can read it): the size and length of
 * the meeting, the agenda with minutes and points, whom to invite and why, the proposed time in your zone (and
 * whether it falls after the meeting deadline), and the invitation to download.
 */
import { getMeetingKit, meetingInvitationPath } from '../../api/meeting-kit.js';
import type { MeetingKit } from '../../api/types.js';
import { LocalTime } from '../../components/local-time.js';
import { ErrorNote } from '../../components/notices.js';
import { useLoaded } from '../../hooks/use-loaded.js';

const SIZE_LABELS = { minor: 'A short review', standard: 'A standard review', major: 'A long review' } satisfies Record<MeetingKit['size'], string>;

/** When the proposed time falls against the meeting deadline. */
function DeadlineNote({ kit }: { kit: MeetingKit }) {
  if (kit.meetingBy === null) return null;
  if (kit.late) {
    return (
      <p className="meeting-late" data-testid="meeting-late">
        <span className="badge badge-deadline-late">Late</span> This is after the meeting deadline, <LocalTime utc={kit.meetingBy} />: no working hour before it is left.
      </p>
    );
  }
  return (
    <p className="section-hint">
      Before the meeting deadline, <LocalTime utc={kit.meetingBy} />.
    </p>
  );
}

/** The panel; read again whenever the postmortem's version changes (the agenda follows the document). */
export function MeetingKitPanel({ id, version }: { id: string; version: number }) {
  const { value: kit, error } = useLoaded((signal) => getMeetingKit(id, signal), [id, version]);
  if (kit === null && error === null) return null;

  return (
    <section className="panel meeting-kit" aria-labelledby="meeting-kit-heading" data-testid="meeting-kit">
      <h2 id="meeting-kit-heading">Review meeting kit</h2>
      <ErrorNote error={error} />
      {kit === null ? null : (
        <>
          <p className="meeting-slot">
            {SIZE_LABELS[kit.size]} of {kit.durationMinutes} minutes. Proposed: <LocalTime utc={kit.proposedStart} />
          </p>
          <DeadlineNote kit={kit} />
          <p>
            <a className="button" href={meetingInvitationPath(id)} download>
              Download invitation (.ics)
            </a>
          </p>
          <div className="meeting-kit-parts">
            <div>
              <h3 id="agenda-heading">Agenda</h3>
              <ol className="agenda" aria-labelledby="agenda-heading">
                {kit.agenda.map((item) => (
                  <li key={item.title}>
                    <strong>{item.title}</strong> <span className="agenda-minutes">({item.minutes} min)</span>
                    {item.points.length === 0 ? null : (
                      <ul>
                        {item.points.map((point, i) => (
                          <li key={i}>{point}</li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ol>
            </div>
            <div>
              <h3 id="invitees-heading">Invite</h3>
              {kit.invitees.length === 0 ? (
                <p className="empty">Nobody is named yet: add the commander, the author, responders and owners to the postmortem.</p>
              ) : (
                <ul className="invitees" aria-labelledby="invitees-heading">
                  {kit.invitees.map((invitee) => (
                    <li key={invitee.who}>
                      <strong>{invitee.who}</strong>
                      {invitee.team ? (
                        <>
                          {' '}
                          <span className="badge">team</span>
                        </>
                      ) : null}{' '}
                      — {invitee.reasons.join('; ')}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        </>
      )}
    </section>
  );
}
