/** Title, severity, kind, people, services, teams, tags, detection, restriction and members, and the key times. */
import type { DetectionMethod, Kind, Severity } from '../../../../../src/core/postmortem.schema.js';
import { CheckboxField, SelectField, TextField } from '../../../components/fields.js';
import { ListInput } from '../../../components/list-input.js';
import { DETECTION_LABELS, KIND_LABELS, SEVERITY_LABELS } from '../../../postmortem/labels.js';
import { EditorSection } from './editor-section.js';
import { orNull, setField, type EditorProps } from './editor-props.js';
import { DerivedDurations, KeyTimesEditor } from './key-times-editor.js';
import { MembersInput } from './members-input.js';

/** Empty text means "not set" (null) for the optional text fields. */
/** The metadata section. */
export function MetadataEditor({ draft, edit, findings, peopleList }: EditorProps & { peopleList: string }) {
  return (
    <EditorSection section="metadata" findings={findings}>
      <div className="form-grid">
        <TextField className="span-2" label="Title" value={draft.title} onChange={(title) => edit(setField('title', title))} />
        <SelectField label="Severity" emptyLabel="Not set" options={SEVERITY_LABELS} value={draft.severity ?? ''} onChange={(v) => edit(setField('severity', v === '' ? null : (v as Severity)))} />
        <SelectField label="Kind" options={KIND_LABELS} value={draft.kind} onChange={(v) => v !== '' && edit(setField('kind', v as Kind))} />
        <TextField label="Author" list={peopleList} value={draft.author ?? ''} onChange={(v) => edit(setField('author', orNull(v)))} />
        <TextField label="Incident commander" list={peopleList} value={draft.commander ?? ''} onChange={(v) => edit(setField('commander', orNull(v)))} />
        <ListInput label="Services" values={draft.services} onChange={(v) => edit(setField('services', v))} />
        <ListInput label="Teams" values={draft.teams} onChange={(v) => edit(setField('teams', v))} />
        <ListInput label="Tags" values={draft.tags} onChange={(v) => edit(setField('tags', v))} />
        <SelectField
          label="Detected by"
          emptyLabel="Not set"
          options={DETECTION_LABELS}
          value={draft.detection.method ?? ''}
          onChange={(v) => edit((doc) => ({ ...doc, detection: { ...doc.detection, method: v === '' ? null : (v as DetectionMethod) } }))}
        />
        <TextField label="Who or what detected it" value={draft.detection.by ?? ''} onChange={(v) => edit((doc) => ({ ...doc, detection: { ...doc.detection, by: orNull(v) } }))} />
        <CheckboxField label="Restricted (a security incident: only its members and admins can see it)" checked={draft.restricted} onChange={(v) => edit(setField('restricted', v))} />
        <MembersInput members={draft.members} restricted={draft.restricted} onChange={(v) => edit(setField('members', v))} />
      </div>
      <KeyTimesEditor draft={draft} edit={edit} />
      <DerivedDurations draft={draft} />
    </EditorSection>
  );
}
