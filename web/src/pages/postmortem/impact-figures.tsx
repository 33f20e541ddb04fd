/**
 * The impact arithmetic in the read view: per service, the bad minutes, the share of its error budget they used and
 * the availability over its SLO window, each with the inputs it came from (the same arithmetic the API answers).
 */
import { useEffect, useState } from 'react';
import type { Postmortem } from '../../../../src/core/postmortem.schema.js';
import { computeImpact, type ImpactReport, type ServiceImpact } from '../../../../src/knowledge/impact/impact.js';
import type { Slo } from '../../../../src/knowledge/impact/slo.js';
import { listSlos } from '../../api/slos.js';

/** The stored SLOs, or null while they load (or when they cannot be read: the figures then say what is missing). */
function useSlos(): Slo[] | null {
  const [slos, setSlos] = useState<Slo[] | null>(null);
  useEffect(() => {
    let live = true;
    listSlos().then(
      (items) => live && setSlos(items.map(({ service, targetPercent, windowDays }) => ({ service, targetPercent, windowDays }))),
      () => live && setSlos([]),
    );
    return () => {
      live = false;
    };
  }, []);
  return slos;
}

/** "checkout-api: 42 bad minutes at 100% errors used 97.3% of the 30-day error budget of 99.9% (43.2 min); availability 99.9027%". */
export function impactLine(report: ImpactReport, s: ServiceImpact): string {
  if (s.slo === null || s.budgetConsumedPercent === null || report.badMinutes === null) {
    return `${s.service}: not measured — add ${[...report.missing, ...s.missing.filter((m) => !m.startsWith('bad minutes'))].join('; ')}`;
  }
  return `${s.service}: ${report.badMinutes} bad minutes at ${report.errorPercent}% errors used ${s.budgetConsumedPercent}% of the ${s.slo.windowDays}-day error budget of ${s.slo.targetPercent}% (${s.budgetMinutes} min); availability ${s.availabilityPercent}%`;
}

/** The figures of a postmortem against the stored SLOs, one line per service, with their inputs under a disclosure. */
export function ImpactFigures({ pm }: { pm: Postmortem }) {
  const slos = useSlos();
  if (slos === null || pm.services.length === 0) return null;
  const report = computeImpact(pm, slos);
  const inputs = [...Object.entries(report.inputs), ...report.services.flatMap((s) => Object.entries(s.inputs).map(([k, v]) => [`${s.service} ${k}`, v] as const))];
  return (
    <div className="impact-figures" data-testid="impact-figures">
      <h3>Error budget</h3>
      <ul>
        {report.services.map((s) => (
          <li key={s.service} data-testid="impact-line">
            {impactLine(report, s)}
          </li>
        ))}
      </ul>
      {report.assumptions.map((a) => (
        <p key={a} className="note">
          Assumed: {a}
        </p>
      ))}
      <details>
        <summary>How these figures were reached</summary>
        <ul className="impact-inputs">
          {inputs.map(([figure, from]) => (
            <li key={figure}>
              <code>{figure}</code>: <span>{from}</span>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
