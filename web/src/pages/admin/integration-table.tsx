/** Admin → Integrations: every integration: its tool, name, whose it is, how deliveries prove themselves, its secret's hint, whether a tracker's webhook secret is set, hook URL; Test, Edit, Remove. */
import type { Integration, Team } from '../../api/types.js';
import { RowActions } from '../../components/row-actions.js';
import { TableHead } from '../../components/table-head.js';
import { scopeLabel } from './channel-labels.js';
import { INTEGRATION_KIND_LABELS, proofOf, webhookSecretOf } from './integration-labels.js';

interface IntegrationTableProps {
  integrations: readonly Integration[];
  teams: readonly Team[];
  busy: boolean;
  onTest(integration: Integration): void;
  onEdit(integration: Integration): void;
  onRemove(integration: Integration): void;
}

/** The table (or that there is no integration yet). */
export function IntegrationTable({ integrations, teams, busy, onTest, onEdit, onRemove }: IntegrationTableProps) {
  if (integrations.length === 0) return <p className="empty">No integration yet: add one above.</p>;
  return (
    <div className="table-scroll">
      <table className="list-table">
        <caption className="visually-hidden">Integrations</caption>
        <TableHead columns={['Tool', 'Name', 'For', 'Deliveries prove themselves by', 'Secret', 'Webhook secret', 'Hook URL', '']} />
        <tbody>
          {integrations.map((integration) => (
            <tr key={integration.id} data-testid="integration-row" data-name={integration.name}>
              <td>{INTEGRATION_KIND_LABELS[integration.kind]}</td>
              <td>{integration.name}</td>
              <td>{scopeLabel(integration.scope, teams)}</td>
              <td>{proofOf(integration)}</td>
              <td>{integration.hasSecret ? `set (${integration.secretHint ?? ''})` : 'none'}</td>
              <td>{webhookSecretOf(integration)}</td>
              <td className="channel-where">
                <code>{integration.hookUrl ?? '—'}</code>
              </td>
              <td>
                <div className="row-actions">
                  <button type="button" disabled={busy} onClick={() => onTest(integration)}>
                    Test connection<span className="visually-hidden"> of {integration.name}</span>
                  </button>
                  <RowActions
                    name={integration.name}
                    question={`Remove the integration ${integration.name}?`}
                    consequences="Its hook refuses deliveries from then on, and its delivery log goes. The incidents it made stay."
                    busy={busy}
                    onEdit={() => onEdit(integration)}
                    onRemove={() => onRemove(integration)}
                  />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
