/** The structured editor: every section of the document, each with its own controls and findings. */
import { LIST_KEYS } from '../../../postmortem/sections.js';
import { ActionItemsEditor } from './action-items-editor.js';
import type { EditorProps } from './editor-props.js';
import { FactorsEditor } from './factors-editor.js';
import { MetadataEditor } from './metadata-editor.js';
import { OtherSectionsEditor } from './other-sections-editor.js';
import { PeopleList } from './people-list.js';
import { ImpactEditor, ProseEditor } from './prose-editor.js';
import { ReviewEditor } from './review-editor.js';
import { StringListEditor } from './string-list-editor.js';
import { TimelineEditor } from './timeline-editor.js';
import type { ImportTarget } from './timeline-import-form.js';

const PEOPLE = 'known-people';

/** All section editors, in document order; `importTarget` is the postmortem the timeline imports a tool's export into. */
export function EditorView({ importTarget, ...props }: EditorProps & { importTarget: ImportTarget }) {
  return (
    <div className="editor">
      <PeopleList id={PEOPLE} />
      <MetadataEditor {...props} peopleList={PEOPLE} />
      <ProseEditor {...props} section="summary" />
      {props.draft.kind === 'full' && props.draft.whatHappened === '' ? null : <ProseEditor {...props} section="whatHappened" />}
      <ImpactEditor {...props} />
      <TimelineEditor {...props} importTarget={importTarget} />
      <ProseEditor {...props} section="rootCause" />
      <StringListEditor {...props} section="whys" chain />
      <FactorsEditor {...props} />
      {LIST_KEYS.map((key) => (
        <StringListEditor key={key} {...props} section={key} />
      ))}
      <ActionItemsEditor {...props} peopleList={PEOPLE} />
      <ReviewEditor {...props} />
      <OtherSectionsEditor {...props} />
    </div>
  );
}
