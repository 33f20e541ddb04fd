/** The dashboard → the action-item completion rate: the banner when it is under the line, the figure in words, the weekly chart, and per team. */
import type { CompletionReport } from '../../api/types.js';
import { TableHead } from '../../components/table-head.js';
import { percent, rateParts, rateSentence, windowDays } from '../../practice/rate-words.js';
import { CompletionChart } from './completion-chart.js';

/** The id of the section, for the banner's link. */
const SECTION_ID = 'completion';

/** What counts as closed under the policy. */
function closedMeans(report: CompletionReport): string {
  return report.requireVerification ? 'Closed means verified by someone other than the owner.' : 'Closed means done or verified.';
}

/** The banner (role=alert) when the overall rate is under the alarm line; nothing otherwise. */
export function CompletionAlarm({ report }: { report: CompletionReport }) {
  if (!report.overall.alarm || report.overall.rate === null) return null;
  return (
    <div className="note note-error completion-alarm" role="alert">
      <strong>
        The action-item completion rate is {percent(report.overall.rate)}, under the {percent(report.alarmBelow)} line
      </strong>
      : {report.overall.closedOnTime} of {report.overall.due} due items were closed on time in the last {windowDays(report.from, report.to)} days. <a href={`#${SECTION_ID}`}>See the rate</a>
    </div>
  );
}

/** The rate of each team whose postmortems had items due. */
function TeamTable({ report }: { report: CompletionReport }) {
  if (report.byTeam.length === 0) return <p className="empty">No team’s postmortems had items due.</p>;
  return (
    <div className="table-scroll team-rates">
      <table className="list-table">
        <caption className="visually-hidden">The completion rate per team</caption>
        <TableHead columns={['Team', 'Rate', 'Closed on time', '']} />
        <tbody>
          {report.byTeam.map((team) => (
            <tr key={team.team} data-testid="team-rate">
              <td>{team.team}</td>
              <td className="number">{team.rate === null ? '—' : percent(team.rate)}</td>
              <td>{rateParts(team)}</td>
              <td>{team.alarm ? <span className="badge badge-deadline-late">Under the line</span> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The section. */
export function CompletionSection({ report }: { report: CompletionReport }) {
  const { overall } = report;
  return (
    <section className="panel" id={SECTION_ID} aria-labelledby="completion-heading" tabIndex={-1}>
      <h2 id="completion-heading">Completion rate</h2>
      <p className="completion-figure" data-testid="completion-figure">
        {rateSentence(overall)}
      </p>
      <p className="section-hint">
        Of the action items created in the last {windowDays(report.from, report.to)} days whose due date has passed, the share closed by their due date. {closedMeans(report)}
        {overall.declined === 0 ? '' : ` ${overall.declined} declined (won’t do) by their due date ${overall.declined === 1 ? 'is' : 'are'} left out.`}
      </p>
      <CompletionChart report={report} />
      <h3>Per team</h3>
      <TeamTable report={report} />
    </section>
  );
}
