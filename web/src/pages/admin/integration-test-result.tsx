/** Admin → Integrations: what testing an integration found: each check, the hook URL to paste into the vendor, and the last delivery received. */
import type { Integration, IntegrationTest } from '../../api/types.js';
import { LocalTime } from '../../components/local-time.js';
import { DELIVERY_OUTCOME_LABELS } from './integration-labels.js';

/** The result of testing `integration`. */
export function IntegrationTestResult({ integration, result }: { integration: Integration; result: IntegrationTest }) {
  const last = result.lastDelivery;
  return (
    <section className="panel" aria-labelledby="integration-test-heading" data-testid="integration-test" data-ok={result.ok}>
      <h2 id="integration-test-heading">
        Test of “{integration.name}”: {result.ok ? 'ready' : 'needs attention'}
      </h2>
      {result.hookUrl === null ? null : (
        <p>
          Hook URL to paste into the vendor: <code className="hook-url" data-testid="hook-url">{result.hookUrl}</code>
        </p>
      )}
      <ul className="test-checks">
        {result.checks.map((check) => (
          <li key={check.name} className="hook-url" data-testid="test-check" data-ok={check.ok}>
            <strong>
              {check.ok ? '✓' : '✗'} {check.name}
            </strong>
            : {check.detail}
          </li>
        ))}
      </ul>
      {last === null ? (
        <p className="empty">No delivery received yet.</p>
      ) : (
        <p className="hook-url" data-testid="last-delivery">
          Last delivery: <LocalTime utc={last.receivedAt} />, {DELIVERY_OUTCOME_LABELS[last.outcome]} ({last.status}){last.incidentId === null ? '' : `, ${last.incidentId}`}. {last.detail}
        </p>
      )}
    </section>
  );
}
