/**
 * Admin → Notifications: the form that adds a channel (to the instance or a team) or changes one: whose it is, its
 * name, its kind and where messages go; the server's complaints beside each field (a receiver in a private range is
 * refused at `url`).
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { createChannel, updateChannel } from '../../api/channels.js';
import type { Channel, ChannelInput, SavedChannel, Team } from '../../api/types.js';
import { SelectField, TextField } from '../../components/fields.js';
import { FormActions } from '../../components/form-actions.js';
import { ListInput } from '../../components/list-input.js';
import { ErrorNote, fieldError, listFieldError } from '../../components/notices.js';
import { useAction } from '../../hooks/use-action.js';
import { KIND_LABELS, scopeLabel, teamScope } from './channel-labels.js';

type Kind = Channel['config']['kind'];

const FIELDS = ['scope', 'name', 'kind', 'to', 'url', 'secret'] as const;

interface ChannelFormProps {
  teams: readonly Team[];
  /** The channel to change (Edit in its row: the focus moves here), or null to add one. */
  start: Channel | null;
  /** The channel as saved, and whether it was added. */
  onSaved(saved: SavedChannel, added: boolean): void;
  onCancel(): void;
}

/** A URL the API showed that can be sent back as it is: not a Slack URL (only its origin is shown), not one whose query was cut. */
function shownUrl(channel: Channel | null): string {
  if (channel === null || channel.config.kind !== 'webhook' || channel.config.url.endsWith('?…')) return '';
  return channel.config.url;
}

/** What the URL field says under it. */
function urlHint(kind: Kind, editing: boolean, url: string): string {
  if (kind === 'slack') return editing ? 'Paste the incoming-webhook URL again: it is a credential, so Debrief shows only its origin.' : 'The incoming-webhook URL Slack gave you (https://hooks.slack.com/…).';
  return editing && url === '' ? 'Type the receiver’s URL again: its query was not shown, as it may hold a credential.' : 'Where Debrief POSTs each notification (signed with the secret).';
}

/** The form; give it a new `key` to start it over (from `start`). */
export function ChannelForm({ teams, start, onSaved, onCancel }: ChannelFormProps) {
  const editing = start !== null;
  const [scope, setScope] = useState(start?.scope ?? 'instance');
  const [name, setName] = useState(start?.name ?? '');
  const [kind, setKind] = useState<Kind>(start?.config.kind ?? 'email');
  const [to, setTo] = useState<string[]>(start?.config.kind === 'email' ? start.config.to : []);
  const [url, setUrl] = useState(shownUrl(start));
  const [secret, setSecret] = useState('');
  const action = useAction();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (start !== null) form.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, [start]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input: Omit<ChannelInput, 'scope'> = { name: name.trim(), kind, ...(kind === 'email' ? { to } : { url: url.trim() }), ...(kind === 'webhook' && secret.trim() !== '' ? { secret: secret.trim() } : {}) };
    // A changed channel is sent its scope only when it moves: one whose team is gone may stay where it is.
    await action.run(async () => onSaved(start === null ? await createChannel({ scope, ...input }) : await updateChannel(start.id, scope === start.scope ? input : { scope, ...input }), start === null));
  };

  const choices = ['instance', ...teams.map(teamScope), ...(start === null || start.scope === 'instance' || teams.some((team) => teamScope(team) === start.scope) ? [] : [start.scope])];
  const scopes = Object.fromEntries(choices.map((choice) => [choice, scopeLabel(choice, teams)]));
  return (
    <form ref={form} className="panel" aria-labelledby="channel-form-heading" onSubmit={(event) => void submit(event)}>
      <h2 id="channel-form-heading">{editing ? `Change the channel “${start.name}”` : 'Add a channel'}</h2>
      <div className="form-grid">
        <SelectField
          label="For"
          options={scopes}
          value={scope}
          onChange={(value) => setScope(value || 'instance')}
          hint={`A team’s channels hear about its postmortems and action items (the instance’s do when it has none); the instance’s get the weekly digest and the completion alarm.${editing ? ' Choose another to move this channel there.' : ''}`}
          error={fieldError(action.error, 'scope')}
        />
        <TextField label="Name" required value={name} onChange={setName} hint="Unique for its team or the instance, e.g. #incidents or Sheriffs." error={fieldError(action.error, 'name')} />
        <SelectField label="Kind" options={KIND_LABELS} value={kind} onChange={(value) => value !== '' && setKind(value)} error={fieldError(action.error, 'kind')} />
        {kind === 'email' ? (
          <ListInput label="Addresses" values={to} onChange={setTo} hint="The e-mail addresses every message goes to; separate with commas." error={listFieldError(action.error, 'to', to)} />
        ) : (
          <TextField className="span-2" label={kind === 'slack' ? 'Incoming-webhook URL' : 'Receiver URL'} type="url" required value={url} onChange={setUrl} hint={urlHint(kind, editing, url)} error={fieldError(action.error, 'url')} />
        )}
        {kind === 'webhook' ? (
          <TextField
            className="span-2"
            label="Signing secret (optional)"
            value={secret}
            onChange={setSecret}
            autoComplete="off"
            hint={editing ? 'Leave empty to keep its secret; or give a new whsec_… one.' : 'Leave empty to have one generated (shown once); or give your own whsec_… one.'}
            error={fieldError(action.error, 'secret')}
          />
        ) : null}
      </div>
      <ErrorNote error={action.error} beside={FIELDS} />
      <FormActions busy={action.busy} label={editing ? 'Save channel' : 'Add channel'} busyLabel="Saving…" onCancel={editing ? onCancel : undefined} />
    </form>
  );
}
