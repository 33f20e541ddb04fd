/**
 * Sections Debrief has no field for (Detection, Resolution, Appendix… from an imported document, or added here): a
 * heading and a Markdown body each; add, rename, reorder, delete. They render after the other sections.
 */
import { TextField } from '../../../components/fields.js';
import { sectionDomId } from '../../../postmortem/sections.js';
import { EditorSection } from './editor-section.js';
import { moveBy, removeAt, replaceAt, setField, type EditorProps } from './editor-props.js';
import { ProseField } from './prose-field.js';

/** The section of other sections. */
export function OtherSectionsEditor({ draft, edit, findings }: EditorProps) {
  const sections = draft.otherSections;
  const set = (next: typeof sections) => edit(setField('otherSections', next));
  return (
    <EditorSection section="other" findings={findings} hint="Sections of your own (Detection, Resolution, Appendix…): a heading and Markdown text each, kept after the others.">
      <ol className="other-sections">
        {sections.map((section, i) => (
          <li key={i} id={sectionDomId('other', i)} className="other-section">
            <TextField label={`Heading of section ${i + 1}`} value={section.heading} placeholder="e.g. Detection" onChange={(heading) => set(replaceAt(sections, i, (s) => ({ ...s, heading })))} />
            <ProseField label={`Text of ${section.heading.trim() || `section ${i + 1}`}`} rows={4} value={section.body} onChange={(body) => set(replaceAt(sections, i, (s) => ({ ...s, body })))} />
            <div className="row-actions">
              <button type="button" className="button-quiet" disabled={i === 0} onClick={() => set(moveBy(sections, i, -1))} aria-label={`Move section ${i + 1} up`}>
                ↑
              </button>
              <button type="button" className="button-quiet" disabled={i === sections.length - 1} onClick={() => set(moveBy(sections, i, 1))} aria-label={`Move section ${i + 1} down`}>
                ↓
              </button>
              <button type="button" className="button-quiet" onClick={() => set(removeAt(sections, i))} aria-label={`Delete section ${i + 1}`}>
                Delete
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => set([...sections, { heading: '', body: '' }])}>
        Add a section
      </button>
    </EditorSection>
  );
}
