/** Time to detect, acknowledge, mitigate and resolve: the sentences, the medians of both periods as bars, and the table. */
import { useMemo } from 'react';
import { duration } from '../../../../src/knowledge/patterns/words.js';
import type { PatternReport } from '../../api/types.js';
import { TableHead } from '../../components/table-head.js';
import { BarChart } from './bar-chart.js';

const minutes = (m: number | null) => (m === null ? '—' : duration(m));

/** The times of the report. */
export function TimeSection({ report }: { report: PatternReport }) {
  const { times, period, previousPeriod } = report;
  const labels = useMemo(() => times.map((t) => t.label.replace('time to ', '')), [times]);
  const series = useMemo(
    () => [
      { label: `${period.from} to ${period.to}`, values: times.map((t) => t.current.median) },
      { label: `${previousPeriod.from} to ${previousPeriod.to}`, values: times.map((t) => t.previous.median) },
    ],
    [times, period, previousPeriod],
  );
  return (
    <section aria-labelledby="patterns-times">
      <h2 id="patterns-times">Time to detect, acknowledge, mitigate and resolve</h2>
      <ul className="pattern-sentences">
        {times.map((t) => (
          <li key={t.key}>{t.sentence}</li>
        ))}
      </ul>
      <BarChart title="Median minutes, this period and the previous" description={times.map((t) => `${t.label}: ${minutes(t.current.median)} against ${minutes(t.previous.median)}`).join('; ')} labels={labels} series={series} />
      <div className="table-scroll">
        <table className="list-table">
          <TableHead columns={['Time', 'Median', 'p90', 'Incidents', 'Previous median', 'Previous p90']} />
          <tbody>
            {times.map((t) => (
              <tr key={t.key}>
                <td>{t.label}</td>
                <td>{minutes(t.current.median)}</td>
                <td>{minutes(t.current.p90)}</td>
                <td>{t.current.count}</td>
                <td>{minutes(t.previous.median)}</td>
                <td>{minutes(t.previous.p90)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
