/**
 * Patterns: the pattern report of a period (the 90 days ending today unless the address says otherwise) — the
 * sentences a review meeting reads aloud, charts and tables, and the report's files (CSV rows, Markdown, HTML).
 */
import { useMemo } from 'react';
import { getPatternReport, patternFileHref, type ReportPeriod } from '../../api/reports.js';
import { TextField } from '../../components/fields.js';
import { ErrorNote, Loading } from '../../components/notices.js';
import { useLoaded } from '../../hooks/use-loaded.js';
import { useQueryParams } from '../../hooks/use-query-params.js';
import { BarChart } from './bar-chart.js';
import { ShareSection } from './share-section.js';
import { TimeSection } from './time-section.js';
import type { PatternReport } from '../../api/types.js';

const KEYS = ['from', 'to'] as const;

/** Incidents by severity: the sentences and the bars. */
function SeveritySection({ report }: { report: PatternReport }) {
  const labels = useMemo(() => report.postmortems.bySeverity.map((s) => (s.severity === 'none' ? 'none' : s.severity)), [report]);
  const series = useMemo(
    () => [{ label: 'reviewed', values: report.postmortems.bySeverity.map((s) => s.count) }, ...(report.incidents === null ? [] : [{ label: 'recorded', values: report.incidents.bySeverity.map((s) => s.count) }])],
    [report],
  );
  return (
    <section aria-labelledby="patterns-severity">
      <h2 id="patterns-severity">Incidents</h2>
      <ul className="pattern-sentences">
        <li>{report.postmortems.sentence}</li>
        {report.incidents === null ? null : <li>{report.incidents.sentence}</li>}
        {report.undated > 0 ? <li>{report.undated} postmortems give no start time and fall in no period.</li> : null}
      </ul>
      <BarChart title="Incidents by severity" description={labels.map((label, i) => `${label}: ${series.map((s) => `${s.values[i] ?? 0} ${s.label}`).join(', ')}`).join('; ')} labels={labels} series={series} />
    </section>
  );
}

/** The report's sections. */
function Report({ report, period }: { report: PatternReport; period: ReportPeriod }) {
  return (
    <>
      <p className="muted">
        {report.period.from} to {report.period.to} ({report.period.days} days), against {report.previousPeriod.from} to {report.previousPeriod.to}.{' '}
        <a href={patternFileHref(period, 'csv')} download>
          Rows as CSV
        </a>
        {' · '}
        <a href={patternFileHref(period, 'html')} download>
          HTML report
        </a>
        {' · '}
        <a href={patternFileHref(period, 'md')} download>
          Markdown
        </a>
      </p>
      <section aria-labelledby="patterns-brief">
        <h2 id="patterns-brief">In brief</h2>
        <ul className="pattern-sentences">
          {report.headline.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      </section>
      <SeveritySection report={report} />
      <ShareSection title="Triggers" what="trigger" shares={report.triggers} />
      <ShareSection title="Contributing factors" what="category" shares={report.categories} />
      <ShareSection title="Services" what="service" shares={report.services} />
      <section aria-labelledby="patterns-repeats">
        <h2 id="patterns-repeats">Repeated failures</h2>
        {report.repeats.length === 0 ? (
          <p>No failure came back in this period.</p>
        ) : (
          <ul className="pattern-sentences">
            {report.repeats.map((r) => (
              <li key={r.sentence}>{r.sentence}</li>
            ))}
          </ul>
        )}
      </section>
      <TimeSection report={report} />
      <section aria-labelledby="patterns-actions">
        <h2 id="patterns-actions">Action items</h2>
        <ul className="pattern-sentences">
          {report.actionItems.sentences.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      </section>
      {report.budgetByService === undefined ? null : (
        <section aria-labelledby="patterns-budget">
          <h2 id="patterns-budget">Error budget by service</h2>
          <ul className="pattern-sentences">
            {report.budgetByService.map((b) => (
              <li key={b.service}>{b.sentence}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** The patterns page. */
export default function PatternsPage() {
  const [params, setParams] = useQueryParams(KEYS);
  const period = useMemo(() => ({ from: params.from, to: params.to }), [params.from, params.to]);
  const { value: report, error } = useLoaded((signal) => getPatternReport(period, signal), [period.from, period.to]);
  return (
    <>
      <h1>Patterns</h1>
      <form className="filters" aria-label="Period" onSubmit={(event) => event.preventDefault()}>
        <TextField label="From" type="date" value={params.from} onChange={(from) => setParams({ from })} hint="First day (UTC); default 90 days before To" />
        <TextField label="To" type="date" value={params.to} onChange={(to) => setParams({ to })} hint="Last day, included; default today" />
      </form>
      {error !== null ? <ErrorNote error={error} /> : report === null ? <Loading what="the report" /> : <Report report={report} period={period} />}
    </>
  );
}
