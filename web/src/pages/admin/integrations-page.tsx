/**
 * Admin → Integrations: the alerting tools whose webhooks create and update incidents, for the whole instance or a
 * team; add, change, remove and test them (a generated secret shown once, never again).
 */
import { useEffect, useState } from 'react';
import { deleteIntegration, listIntegrations, testIntegration } from '../../api/integrations.js';
import { listTeams } from '../../api/teams.js';
import type { Integration, IntegrationTest, SavedIntegration, Team } from '../../api/types.js';
import { OneTimeSecret } from '../../components/one-time-secret.js';
import { ErrorNote, Loading, StatusNote } from '../../components/notices.js';
import { useAction } from '../../hooks/use-action.js';
import { IntegrationForm } from './integration-form.js';
import { IntegrationTable } from './integration-table.js';
import { IntegrationTestResult } from './integration-test-result.js';

/** By name, any case. */
function byName(a: Integration, b: Integration): number {
  return a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });
}

/** The integrations page (admins only; the app checks before it shows it). */
export default function IntegrationsPage() {
  const [integrations, setIntegrations] = useState<Integration[] | null>(null);
  const [teams, setTeams] = useState<Team[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [editing, setEditing] = useState<{ integration: Integration | null; round: number }>({ integration: null, round: 0 });
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const [tested, setTested] = useState<{ integration: Integration; result: IntegrationTest } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const act = useAction();

  useEffect(() => {
    Promise.all([listIntegrations(), listTeams()]).then(([loaded, loadedTeams]) => {
      setTeams(loadedTeams);
      setIntegrations([...loaded].sort(byName));
    }, setLoadError);
  }, []);

  const startOver = (integration: Integration | null) => setEditing(({ round }) => ({ integration, round: round + 1 }));
  const saved = ({ integration, secret: newSecret }: SavedIntegration, added: boolean) => {
    setIntegrations((current) => [...(current ?? []).filter((i) => i.id !== integration.id), integration].sort(byName));
    setSecret(newSecret === null ? null : { name: integration.name, secret: newSecret });
    setTested(null);
    setDone(`${added ? 'Added' : 'Saved'} the integration ${integration.name}.`);
    startOver(null);
  };
  const removeOne = async (integration: Integration) => {
    setDone(null);
    if (await act.run(() => deleteIntegration(integration.id))) {
      setIntegrations((current) => current?.filter((i) => i.id !== integration.id) ?? null);
      setTested((current) => (current?.integration.id === integration.id ? null : current));
      setDone(`Removed the integration ${integration.name}.`);
    }
  };
  const test = async (integration: Integration) => {
    setDone(null);
    await act.run(async () => setTested({ integration, result: await testIntegration(integration.id) }));
  };

  return (
    <>
      <h1>Integrations</h1>
      <p className="section-hint">
        Alerting tools whose webhooks create and update incidents: triggered, acknowledged, escalated, resolved. Each delivery must prove it comes from the tool (a signature or a
        secret); secrets are stored encrypted and never shown again. See the integrations guide in the docs for each tool’s setup.
      </p>
      <IntegrationForm key={editing.round} teams={teams} start={editing.integration} onSaved={saved} onCancel={() => startOver(null)} />
      {secret === null ? null : (
        <section className="new-token" aria-labelledby="integration-secret-heading" data-testid="new-secret">
          <h3 id="integration-secret-heading">The secret of “{secret.name}”</h3>
          <p>
            <strong>Copy it now: it will not be shown again.</strong> Set it in the tool as its bearer token, password, header value or signing secret.
          </p>
          <OneTimeSecret label="Secret" secret={secret.secret} onDone={() => setSecret(null)} />
        </section>
      )}
      <StatusNote message={done} />
      <ErrorNote error={loadError ?? act.error} />
      {tested === null ? null : <IntegrationTestResult integration={tested.integration} result={tested.result} />}
      <section className="panel" aria-labelledby="integrations-heading">
        <h2 id="integrations-heading">Integrations</h2>
        {integrations === null ? (
          loadError === null ? (
            <Loading what="the integrations" />
          ) : null
        ) : (
          <IntegrationTable
            integrations={integrations}
            teams={teams}
            busy={act.busy}
            onTest={(integration) => void test(integration)}
            onEdit={(integration) => {
              setDone(null);
              setSecret(null);
              startOver(integration);
            }}
            onRemove={(integration) => void removeOne(integration)}
          />
        )}
      </section>
    </>
  );
}
