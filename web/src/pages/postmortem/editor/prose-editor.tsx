/** A prose section (summary, what happened, root cause) and the impact section (prose plus numbers). */
import type { Impact } from '../../../../../src/core/postmortem.schema.js';
import { PROMPTS } from '../../../../../src/core/template-prompts.js';
import { TextField } from '../../../components/fields.js';
import { SECTION_TITLES, type ProseKey } from '../../../postmortem/sections.js';
import { EditorSection } from './editor-section.js';
import { setField, type EditorProps } from './editor-props.js';
import { ProseField } from './prose-field.js';

const HINTS: Record<ProseKey, string> = {
  summary: 'Two or three sentences for people who will read nothing else.',
  whatHappened: 'What happened, in order.',
  rootCause: 'What broke, why, and why the safeguards did not stop it. Systems, not people.',
};

/** One prose section. */
export function ProseEditor({ section, draft, edit, findings }: EditorProps & { section: ProseKey }) {
  return (
    <EditorSection section={section} findings={findings} hint={HINTS[section]}>
      <ProseField label={SECTION_TITLES[section]} placeholder={PROMPTS[section]} value={draft[section]} onChange={(text) => edit(setField(section, text))} />
    </EditorSection>
  );
}

const NUMBERS: Partial<Record<keyof Impact, string>> = {
  usersAffected: 'Users affected',
  errorRate: 'Error rate',
  failedTransactions: 'Failed transactions',
  revenueImpact: 'Revenue impact',
  supportTickets: 'Support tickets',
  slaTarget: 'SLA target',
  slaAchieved: 'SLA achieved',
  dataLoss: 'Data loss',
  securityExposure: 'Security exposure',
};

/** Impact: prose and the numbers, each kept as written ("12%", "3,400 requests"). */
export function ImpactEditor({ draft, edit, findings }: EditorProps) {
  const setImpact = (key: keyof Impact, value: string) =>
    edit((doc) => ({ ...doc, impact: { ...doc.impact, [key]: key === 'text' ? value : value.trim() === '' ? null : value } }));
  return (
    <EditorSection section="impact" findings={findings} hint="Numbers, not adjectives.">
      <ProseField label="Impact" rows={4} placeholder={PROMPTS.impact} value={draft.impact.text} onChange={(text) => setImpact('text', text)} />
      <div className="form-grid form-grid-3">
        {(Object.entries(NUMBERS) as [keyof Impact, string][]).map(([key, label]) => (
          <TextField key={key} label={label} value={(draft.impact[key] as string | null) ?? ''} onChange={(value) => setImpact(key, value)} />
        ))}
      </div>
    </EditorSection>
  );
}
