/** Admin → Teams: the form that adds a team or replaces the one of that name (any case); the server's complaints beside each field. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { putTeam } from '../../api/teams.js';
import type { Team } from '../../api/types.js';
import { TextField } from '../../components/fields.js';
import { FormActions } from '../../components/form-actions.js';
import { ListInput } from '../../components/list-input.js';
import { ErrorNote, fieldError, listFieldError } from '../../components/notices.js';
import { useAction } from '../../hooks/use-action.js';

const FIELDS = ['name', 'lead', 'members', 'services'] as const;

interface TeamFormProps {
  /** The teams there are, to say when saving replaces one. */
  teams: readonly Team[];
  /** A team to start from (Edit in its row: the focus moves here), or null for a blank form. */
  start: Team | null;
  /** The team as saved, and whether it replaced one. */
  onSaved(team: Team, replaced: boolean): void;
}

/** The form; give it a new `key` to start it over (from `start`). */
export function TeamForm({ teams, start, onSaved }: TeamFormProps) {
  const [name, setName] = useState(start?.name ?? '');
  const [lead, setLead] = useState(start?.lead ?? '');
  const [members, setMembers] = useState<string[]>(start?.members ?? []);
  const [services, setServices] = useState<string[]>(start?.services ?? []);
  const action = useAction();
  const form = useRef<HTMLFormElement>(null);
  const existing = teams.find((team) => team.name.toLowerCase() === name.trim().toLowerCase());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await action.run(async () => onSaved(await putTeam(name.trim(), { lead: lead.trim() === '' ? null : lead.trim(), members, services }), existing !== undefined));
  };

  useEffect(() => {
    if (start !== null) form.current?.querySelector('input')?.focus();
  }, [start]);

  return (
    <form ref={form} className="panel" aria-labelledby="team-form-heading" onSubmit={(event) => void submit(event)}>
      <h2 id="team-form-heading">Add or replace a team</h2>
      <div className="form-grid">
        <TextField
          label="Name"
          required
          value={name}
          onChange={setName}
          hint={existing === undefined ? 'As incidents and postmortems list it (any case).' : `Saving replaces the team ${existing.name}.`}
          error={fieldError(action.error, 'name')}
        />
        <TextField label="Lead’s e-mail" type="email" value={lead} onChange={setLead} hint="Escalations go to the lead." error={fieldError(action.error, 'lead')} />
        <ListInput label="Members’ e-mails" values={members} onChange={setMembers} error={listFieldError(action.error, 'members', members)} />
        <ListInput label="Services" values={services} onChange={setServices} hint="The services the team owns; separate with commas." error={listFieldError(action.error, 'services', services)} />
      </div>
      <ErrorNote error={action.error} beside={FIELDS} />
      <FormActions busy={action.busy} label={existing === undefined ? 'Add team' : 'Replace team'} busyLabel="Saving…" />
    </form>
  );
}
