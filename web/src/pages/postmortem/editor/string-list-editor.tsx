/** A list of short texts: the five whys (a numbered chain) and the lessons lists. Add, edit, reorder, remove. */
import { PROMPTS } from '../../../../../src/core/template-prompts.js';
import { TextArea } from '../../../components/fields.js';
import { SECTION_TITLES, sectionDomId, type ListKey } from '../../../postmortem/sections.js';
import { EditorSection } from './editor-section.js';
import { moveBy, removeAt, replaceAt, setField, type EditorProps } from './editor-props.js';

/** One list section; `chain` numbers the items as "Why 1", "Why 2"… */
export function StringListEditor({ section, draft, edit, findings, chain = false }: EditorProps & { section: ListKey | 'whys'; chain?: boolean }) {
  const items = draft[section];
  const set = (next: string[]) => edit(setField(section, next));
  const noun = chain ? 'why' : 'item';
  return (
    <EditorSection section={section} findings={findings} hint={chain ? 'Each answer asks the next “why?”, down to the systemic cause.' : undefined}>
      {items.length === 0 ? <p className="empty prompt">{PROMPTS[section]}</p> : null}
      <ol className={chain ? 'string-list chain' : 'string-list'}>
        {items.map((text, i) => (
          <li key={i} id={sectionDomId(section, i)}>
            <TextArea rows={2} label={chain ? `Why ${i + 1}` : `${SECTION_TITLES[section]} ${i + 1}`} compact={!chain} placeholder={i === 0 || !chain ? PROMPTS[section] : PROMPTS.followUpWhys} value={text} onChange={(value) => set(replaceAt(items, i, () => value))} />
            <div className="row-actions">
              <button type="button" className="button-quiet" disabled={i === 0} onClick={() => set(moveBy(items, i, -1))} aria-label={`Move ${noun} ${i + 1} up`}>
                ↑
              </button>
              <button type="button" className="button-quiet" disabled={i === items.length - 1} onClick={() => set(moveBy(items, i, 1))} aria-label={`Move ${noun} ${i + 1} down`}>
                ↓
              </button>
              <button type="button" className="button-quiet" onClick={() => set(removeAt(items, i))} aria-label={`Remove ${noun} ${i + 1}`}>
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => set([...items, ''])}>
        Add {chain ? 'a why' : 'an item'}
      </button>
    </EditorSection>
  );
}
