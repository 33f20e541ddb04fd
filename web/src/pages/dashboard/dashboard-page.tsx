/** The dashboard, the signed-in user's home: what they owe first, then the postmortems owed, overdue items, open P1s and the completion rate. */
import { useCallback, useEffect, useState } from 'react';
import { getDashboard } from '../../api/dashboard.js';
import type { ActionItemRow, Dashboard } from '../../api/types.js';
import { LocalTime } from '../../components/local-time.js';
import { ErrorNote, Loading, StatusNote } from '../../components/notices.js';
import { itemLabel } from '../action-items/item-label.js';
import { rowKey } from '../action-items/action-item-query.js';
import { CompletionAlarm, CompletionSection } from './completion-section.js';
import { OpenP1Section, OverdueSection, OwedSection } from './team-sections.js';
import { YouOweSection } from './you-owe-section.js';

/** The dashboard without `row` among the verifications waiting (it was just verified). */
function withoutVerification(dashboard: Dashboard, row: ActionItemRow): Dashboard {
  const other = (r: ActionItemRow) => rowKey(r) !== rowKey(row);
  return { ...dashboard, awaitingVerification: dashboard.awaitingVerification.filter(other), mine: { ...dashboard.mine, verifications: dashboard.mine.verifications.filter(other) } };
}

/** The page. */
export function DashboardPage() {
  const [dashboard, setDashboard] = useState<Dashboard | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      setDashboard(await getDashboard());
      setError(null);
    } catch (caught) {
      setError(caught);
    }
  }, []);
  useEffect(() => void load(), [load]);

  const verified = (row: ActionItemRow) => {
    setDone(`${itemLabel(row)} is verified.`);
    setDashboard((current) => (current === null ? null : withoutVerification(current, row)));
    // The rate and the lists may have moved too.
    void load();
  };

  return (
    <>
      <h1>Dashboard</h1>
      <StatusNote message={done} />
      <ErrorNote error={error} />
      {dashboard === null ? (
        error === null ? <Loading what="your dashboard" /> : null
      ) : (
        <>
          <CompletionAlarm report={dashboard.completion} />
          <p className="section-hint">
            As of <LocalTime utc={dashboard.at} />.
          </p>
          <div className="dashboard">
            <YouOweSection mine={dashboard.mine} onVerified={verified} />
            <OwedSection owed={dashboard.owed} />
            <OverdueSection groups={dashboard.overdueByOwner} total={dashboard.counts.overdue} />
            <OpenP1Section rows={dashboard.openP1} total={dashboard.counts.openP1} />
            <CompletionSection report={dashboard.completion} />
          </div>
        </>
      )}
    </>
  );
}
