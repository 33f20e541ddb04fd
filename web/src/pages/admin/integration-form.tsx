/**
 * Admin → Integrations: the form that adds an integration (for the instance or a team) or changes one: its kind,
 * name, how the vendor proves its deliveries (the kind's settings) and the secret; the server's complaints beside
 * each field.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { createIntegration, updateIntegration } from '../../api/integrations.js';
import type { Integration, IntegrationInput, SavedIntegration, Team } from '../../api/types.js';
import { SelectField, TextField } from '../../components/fields.js';
import { FormActions } from '../../components/form-actions.js';
import { ErrorNote, fieldError } from '../../components/notices.js';
import { useAction } from '../../hooks/use-action.js';
import { scopeLabel, teamScope } from './channel-labels.js';
import { FETCH_TOKEN_FIELDS, INTEGRATION_KIND_LABELS, TRACKER_FIELDS, isFetchToken, isTracker, textFieldsOf } from './integration-labels.js';

type Kind = Integration['kind'];

const TRACKER_SETTING_FIELDS = [...new Set([...Object.values(TRACKER_FIELDS), ...Object.values(FETCH_TOKEN_FIELDS)].flatMap((fields) => fields.map((f) => `settings.${f.key}`)))];
const FIELDS = ['scope', 'name', 'kind', 'settings.auth', 'settings.username', 'settings.header', 'settings.signatureHeader', 'settings.timestampHeader', ...TRACKER_SETTING_FIELDS, 'secret', 'webhookSecret'];

const AUTH_LABELS = { bearer: 'Authorization: Bearer token', basic: 'Basic auth (user name and password)' };
const GRAFANA_AUTH_LABELS = { hmac: 'HMAC signature (recommended)', ...AUTH_LABELS };

interface IntegrationFormProps {
  teams: readonly Team[];
  /** The integration to change (its Edit button: the focus moves here), or null to add one. */
  start: Integration | null;
  onSaved(saved: SavedIntegration, added: boolean): void;
  onCancel(): void;
}

/** A setting of the integration being changed, as text. */
function setting(start: Integration | null, key: string, fallback: string): string {
  const value = (start?.settings as Record<string, unknown> | undefined)?.[key];
  return typeof value === 'string' ? value : fallback;
}

/** The settings the form sends for a kind. */
function settingsFor(kind: Kind, values: { auth: string; username: string; header: string; signatureHeader: string; timestampHeader: string }, tracker: Record<string, string>): Record<string, string | null> {
  if (isTracker(kind) || isFetchToken(kind)) return Object.fromEntries(textFieldsOf(kind).flatMap((f) => ((tracker[f.key] ?? '').trim() === '' ? [] : [[f.key, (tracker[f.key] ?? '').trim()]])));
  const username: Record<string, string> = values.username.trim() === '' ? {} : { username: values.username.trim() };
  if (kind === 'alertmanager') return { auth: values.auth === 'basic' ? 'basic' : 'bearer', ...(values.auth === 'basic' ? username : {}) };
  if (kind === 'opsgenie') return { header: values.header.trim() };
  if (kind === 'grafana') {
    if (values.auth !== 'hmac') return { auth: values.auth, ...(values.auth === 'basic' ? username : {}) };
    return { auth: 'hmac', signatureHeader: values.signatureHeader.trim(), timestampHeader: values.timestampHeader.trim() === '' ? null : values.timestampHeader.trim() };
  }
  return {};
}

/** The form; give it a new `key` to start it over (from `start`). */
export function IntegrationForm({ teams, start, onSaved, onCancel }: IntegrationFormProps) {
  const editing = start !== null;
  const [kind, setKind] = useState<Kind>(start?.kind ?? 'pagerduty');
  const [scope, setScope] = useState(start?.scope ?? 'instance');
  const [name, setName] = useState(start?.name ?? '');
  const [auth, setAuth] = useState(setting(start, 'auth', start?.kind === 'alertmanager' ? 'bearer' : 'hmac'));
  const [username, setUsername] = useState(setting(start, 'username', ''));
  const [header, setHeader] = useState(setting(start, 'header', 'X-Debrief-Token'));
  const [signatureHeader, setSignatureHeader] = useState(setting(start, 'signatureHeader', 'X-Grafana-Alerting-Signature'));
  const [timestampHeader, setTimestampHeader] = useState(setting(start, 'timestampHeader', ''));
  const [tracker, setTracker] = useState<Record<string, string>>(() => Object.fromEntries(Object.entries(start?.settings ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string')));
  const [secret, setSecret] = useState('');
  const [webhookSecret, setWebhookSecret] = useState('');
  const action = useAction();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (start !== null) form.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, [start]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input: IntegrationInput = { kind, name: name.trim(), scope, settings: settingsFor(kind, { auth, username, header, signatureHeader, timestampHeader }, tracker), ...(secret.trim() === '' ? {} : { secret: secret.trim() }), ...(isTracker(kind) && webhookSecret.trim() !== '' ? { webhookSecret: webhookSecret.trim() } : {}) };
    await action.run(async () => onSaved(start === null ? await createIntegration(input) : await updateIntegration(start.id, input), start === null));
  };

  const chooseKind = (value: Kind | '') => {
    if (value === '') return;
    setKind(value);
    setAuth(value === 'alertmanager' ? 'bearer' : 'hmac');
  };
  const scopes = Object.fromEntries(['instance', ...teams.map(teamScope)].map((choice) => [choice, scopeLabel(choice, teams)]));
  const authOptions = kind === 'grafana' ? GRAFANA_AUTH_LABELS : AUTH_LABELS;
  const secretHint = isFetchToken(kind)
    ? editing
      ? 'Leave empty to keep the token in force; or paste a new one. It is stored encrypted and never shown again.'
      : kind === 'slack-api'
        ? 'A Slack bot token (xoxb-…) with channels:history, groups:history for private channels and users:read for names. Timeline imports that fetch from Slack without a token use it. Stored encrypted, never shown again.'
        : 'A PagerDuty REST API key that can read incidents. Timeline imports that fetch from PagerDuty without a token use it. Stored encrypted, never shown again.'
    : isTracker(kind)
    ? editing
      ? 'Leave empty to keep the credential in force; or paste a new API token. It is stored encrypted and never shown again.'
      : 'The API token Debrief files tickets with (Jira: an Atlassian API token; Linear: a personal API key; GitHub: a token with Issues read and write). Stored encrypted, never shown again.'
    : kind === 'pagerduty'
      ? editing
        ? 'Leave empty to keep the secret in force; paste a new one after rotating it in PagerDuty.'
        : 'PagerDuty shows the signing secret once, when you add the webhook subscription: paste it here.'
      : editing
        ? 'Leave empty to keep the secret in force; or give a new one (16 characters or more).'
        : 'Leave empty to have one generated (shown once); or give your own (16 characters or more).';
  return (
    <form ref={form} className="panel" aria-labelledby="integration-form-heading" onSubmit={(event) => void submit(event)}>
      <h2 id="integration-form-heading">{editing ? `Change the integration “${start.name}”` : 'Add an integration'}</h2>
      <div className="form-grid">
        <SelectField label="Tool" options={INTEGRATION_KIND_LABELS} value={kind} onChange={chooseKind} error={fieldError(action.error, 'kind')} hint={editing ? 'An integration’s tool cannot change: add another instead.' : undefined} />
        <SelectField label="For" options={scopes} value={scope} onChange={(value) => setScope(value || 'instance')} hint="The incidents it makes belong to this team (none for the whole instance)." error={fieldError(action.error, 'scope')} />
        <TextField label="Name" required value={name} onChange={setName} hint="Unique for its team or the instance, e.g. PagerDuty production." error={fieldError(action.error, 'name')} />
        {kind === 'alertmanager' || kind === 'grafana' ? (
          <SelectField label="Deliveries prove themselves by" options={authOptions} value={auth as keyof typeof authOptions} onChange={(value) => value !== '' && setAuth(value)} error={fieldError(action.error, 'settings.auth')} />
        ) : null}
        {(kind === 'alertmanager' || kind === 'grafana') && auth === 'basic' ? (
          <TextField label="User name" required value={username} onChange={setUsername} hint="The basic-auth user name set in the sender; the secret is its password." error={fieldError(action.error, 'settings.username')} />
        ) : null}
        {kind === 'opsgenie' ? <TextField label="Header name" required value={header} onChange={setHeader} hint="The custom header the Opsgenie webhook sends the secret in." error={fieldError(action.error, 'settings.header')} /> : null}
        {kind === 'grafana' && auth === 'hmac' ? (
          <>
            <TextField label="Signature header" required value={signatureHeader} onChange={setSignatureHeader} hint="As set in the contact point’s HMAC settings." error={fieldError(action.error, 'settings.signatureHeader')} />
            <TextField label="Timestamp header (optional)" value={timestampHeader} onChange={setTimestampHeader} hint="When the contact point sends one, e.g. X-Grafana-Alerting-Timestamp: deliveries older than 5 minutes are then refused." error={fieldError(action.error, 'settings.timestampHeader')} />
          </>
        ) : null}
        {isTracker(kind) || isFetchToken(kind)
          ? textFieldsOf(kind).map((f) => (
              <TextField key={f.key} label={f.label} required={f.required} value={tracker[f.key] ?? ''} onChange={(value) => setTracker((current) => ({ ...current, [f.key]: value }))} hint={f.hint} error={fieldError(action.error, `settings.${f.key}`)} />
            ))
          : null}
        <TextField className="span-2" label={isTracker(kind) || isFetchToken(kind) ? 'API token' : kind === 'pagerduty' ? 'Signing secret' : 'Secret (optional)'} required={(kind === 'pagerduty' || isTracker(kind) || isFetchToken(kind)) && !editing} value={secret} onChange={setSecret} autoComplete="off" hint={secretHint} error={fieldError(action.error, 'secret')} />
        {isTracker(kind) ? (
          <TextField
            className="span-2"
            label="Webhook secret (optional)"
            value={webhookSecret}
            onChange={setWebhookSecret}
            autoComplete="off"
            hint="What the tracker signs its webhooks with (GitHub, Jira: the secret you set on the webhook; Linear: the signing secret it shows). Without one, status comes back by polling every 15 minutes. Left empty when changing, the one in force stays."
            error={fieldError(action.error, 'webhookSecret')}
          />
        ) : null}
      </div>
      <ErrorNote error={action.error} beside={FIELDS} />
      <FormActions busy={action.busy} label={editing ? 'Save integration' : 'Add integration'} busyLabel="Saving…" onCancel={editing ? onCancel : undefined} />
    </form>
  );
}
