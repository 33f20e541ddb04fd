/** Contributing factors: text, category, and the action items that address each (linked by item id). */
import type { ContributingFactor, FactorCategory, Postmortem } from '../../../../../src/core/postmortem.schema.js';
import { PROMPTS } from '../../../../../src/core/template-prompts.js';
import { CheckboxField, SelectField, TextArea } from '../../../components/fields.js';
import { FACTOR_LABELS } from '../../../postmortem/labels.js';
import { sectionDomId } from '../../../postmortem/sections.js';
import { EditorSection } from './editor-section.js';
import { removeAt, replaceAt, type EditorProps } from './editor-props.js';

/** The lowest free "AI-n" id of a postmortem's action items (one of AI-1 … AI-(count+1) is always free). */
function nextItemId(doc: Postmortem): string {
  const used = new Set(doc.actionItems.map((item) => item.id));
  let n = 1;
  while (used.has(`AI-${n}`)) n++;
  return `AI-${n}`;
}

/** Links (or unlinks) factor `f` and action item `a`; an item without an id gets one first. */
function toggleLink<D extends Postmortem>(doc: D, f: number, a: number, linked: boolean): D {
  const item = doc.actionItems[a];
  if (item === undefined) return doc;
  const id = item.id ?? nextItemId(doc);
  const actionItems = replaceAt(doc.actionItems, a, (it) => ({ ...it, id }));
  const contributingFactors = replaceAt(doc.contributingFactors, f, (factor) => ({
    ...factor,
    actionItems: linked ? [...factor.actionItems.filter((x) => x !== id), id] : factor.actionItems.filter((x) => x !== id),
  }));
  return { ...doc, actionItems, contributingFactors };
}

/** The contributing-factors section. */
export function FactorsEditor({ draft, edit, findings }: EditorProps) {
  const factors = draft.contributingFactors;
  const setFactor = (i: number, change: (f: ContributingFactor) => ContributingFactor) =>
    edit((doc) => ({ ...doc, contributingFactors: replaceAt(doc.contributingFactors, i, change) }));
  return (
    <EditorSection section="contributingFactors" findings={findings} hint="Conditions that made the incident possible or worse; link each to the action items that address it.">
      <ol className="factor-list">
        {factors.map((factor, i) => (
          <li key={i} id={sectionDomId('contributingFactors', i)} className="factor">
            <TextArea rows={2} label={`Factor ${i + 1}`} placeholder={draft.kind === 'near_miss' ? PROMPTS.nearMissFactors : PROMPTS.contributingFactors} value={factor.text} onChange={(text) => setFactor(i, (f) => ({ ...f, text }))} />
            <SelectField
              label={`Category of factor ${i + 1}`}
              emptyLabel="Not set"
              options={FACTOR_LABELS}
              value={factor.category ?? ''}
              onChange={(category) => setFactor(i, (f) => ({ ...f, category: category === '' ? null : (category as FactorCategory) }))}
            />
            <fieldset className="factor-links">
              <legend>Addressed by</legend>
              {draft.actionItems.length === 0 ? <p className="empty">No action items yet.</p> : null}
              {draft.actionItems.map((item, a) => (
                <CheckboxField
                  key={a}
                  label={`${item.id ?? `#${a + 1}`} ${item.title || '(untitled action)'}`}
                  checked={item.id !== null && factor.actionItems.includes(item.id)}
                  onChange={(linked) => edit((doc) => toggleLink(doc, i, a, linked))}
                />
              ))}
            </fieldset>
            <button type="button" className="button-quiet" onClick={() => edit((doc) => ({ ...doc, contributingFactors: removeAt(doc.contributingFactors, i) }))} aria-label={`Remove factor ${i + 1}`}>
              Remove factor
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => edit((doc) => ({ ...doc, contributingFactors: [...doc.contributingFactors, { text: '', category: null, actionItems: [] }] }))}>
        Add a factor
      </button>
    </EditorSection>
  );
}
