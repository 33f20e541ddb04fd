/** A section of shares (triggers, factor categories, services): the sentences, the chart and the table. */
import { useMemo } from 'react';
import { capitalised } from '../../../../src/knowledge/patterns/words.js';
import type { PatternReport } from '../../api/types.js';
import { TableHead } from '../../components/table-head.js';
import { BarChart } from './bar-chart.js';

type Share = PatternReport['triggers'][number];

/** How many bars a chart shows (the table lists all). */
const SHOWN = 10;

/** The section of `shares`, titled `title`, its column `what`. */
export function ShareSection({ title, what, shares }: { title: string; what: string; shares: readonly Share[] }) {
  const named = shares.filter((s) => s.count > 0);
  const labels = useMemo(() => shares.slice(0, SHOWN).map((s) => s.label), [shares]);
  const series = useMemo(() => [{ label: 'incidents', values: shares.slice(0, SHOWN).map((s) => s.count) }], [shares]);
  return (
    <section aria-labelledby={`patterns-${what}`}>
      <h2 id={`patterns-${what}`}>{title}</h2>
      {named.length === 0 ? (
        <p>No incidents reviewed in this period.</p>
      ) : (
        <>
          <ul className="pattern-sentences">
            {named.map((s) => (
              <li key={s.key}>{s.sentence}</li>
            ))}
          </ul>
          <BarChart title={`Incidents by ${what}`} description={named.map((s) => `${s.label}: ${s.count}`).join(', ')} labels={labels} series={series} />
          <div className="table-scroll">
            <table className="list-table">
              <TableHead columns={[capitalised(what), 'Incidents', 'Share']} />
              <tbody>
                {named.map((s) => (
                  <tr key={s.key}>
                    <td>{s.label}</td>
                    <td>{s.count}</td>
                    <td>{Math.round(s.share * 100)}%</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
