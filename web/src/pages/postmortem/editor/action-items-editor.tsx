/** Action items as cards: the action, why and how it will be verified (each growing with its text); its id, owner (a known user or free text), due date, priority, status, ticket. */
import type { ActionItem, ActionStatus, Priority } from '../../../../../src/core/postmortem.schema.js';
import type { EditableDocument } from '../../../editing/document.js';
import { newActionItem } from '../../../../../src/core/postmortem.js';
import { PROMPTS } from '../../../../../src/core/template-prompts.js';
import { SelectField, TextArea, TextField } from '../../../components/fields.js';
import { ACTION_STATUS_LABELS, PRIORITY_LABELS } from '../../../postmortem/labels.js';
import { sectionDomId } from '../../../postmortem/sections.js';
import { EditorSection } from './editor-section.js';
import { orNull, removeAt, replaceAt, type EditorProps } from './editor-props.js';

const REAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A visible caption for a field whose label is for screen readers ("Owner" over "Owner of action 2"). */
function Caption({ children }: { children: string }) {
  return (
    <span className="card-caption" aria-hidden="true">
      {children}
    </span>
  );
}

function ActionRow({ item, index, peopleList, onChange, onRename, onRemove }: { item: ActionItem; index: number; peopleList: string; onChange(item: ActionItem): void; onRename(id: string | null): void; onRemove(): void }) {
  const n = index + 1;
  const fuzzyDue = item.due !== null && !REAL_DATE.test(item.due);
  return (
    <li id={sectionDomId('actionItems', index)} className="action-card">
      <div className="action-card-texts">
        <TextArea compact rows={1} label={`Action ${n}`} placeholder={PROMPTS.actionItems} value={item.title} onChange={(title) => onChange({ ...item, title })} />
        <Caption>Why it prevents recurrence</Caption>
        <TextArea compact rows={1} label={`Why action ${n} prevents recurrence`} placeholder={PROMPTS.actionRationale} value={item.rationale ?? ''} onChange={(v) => onChange({ ...item, rationale: orNull(v) })} />
        <Caption>How it will be verified</Caption>
        <TextArea compact rows={1} label={`How action ${n} will be verified`} placeholder={PROMPTS.actionVerification} value={item.verification ?? ''} onChange={(v) => onChange({ ...item, verification: orNull(v) })} />
      </div>
      <div className="action-card-facts">
        <div>
          <Caption>Id</Caption>
          <TextField compact label={`Id of action ${n}`} placeholder="AI-1" value={item.id ?? ''} onChange={(v) => onRename(orNull(v.trim()))} />
        </div>
        <div className="action-card-owner">
          <Caption>Owner</Caption>
          <TextField compact label={`Owner of action ${n}`} list={peopleList} placeholder="A named person" value={item.owner ?? ''} onChange={(v) => onChange({ ...item, owner: orNull(v) })} />
        </div>
        <div>
          <Caption>Due</Caption>
          <TextField
            compact
            label={`Due date of action ${n}`}
            type="date"
            value={fuzzyDue ? '' : (item.due ?? '')}
            onChange={(v) => onChange({ ...item, due: orNull(v) })}
            hint={fuzzyDue ? `“${item.due}” is not a date` : undefined}
          />
        </div>
        <div>
          <Caption>Priority</Caption>
          <SelectField compact label={`Priority of action ${n}`} emptyLabel="—" options={PRIORITY_LABELS} value={item.priority ?? ''} onChange={(v) => onChange({ ...item, priority: v === '' ? null : (v as Priority) })} />
        </div>
        <div>
          <Caption>Status</Caption>
          <SelectField compact label={`Status of action ${n}`} options={ACTION_STATUS_LABELS} value={item.status} onChange={(v) => v !== '' && onChange({ ...item, status: v as ActionStatus })} />
        </div>
        <div className="action-card-ticket">
          <Caption>Ticket</Caption>
          {/* A long URL wraps instead of being cut off; a ticket is one line, so Enter is dropped. */}
          <TextArea compact rows={1} label={`Ticket of action ${n}`} placeholder="URL or key" value={item.ticket ?? ''} onChange={(v) => onChange({ ...item, ticket: orNull(v.replace(/\r?\n/g, '')) })} />
        </div>
        <button type="button" className="button-quiet" onClick={onRemove} aria-label={`Delete action ${n}`}>
          Delete
        </button>
      </div>
    </li>
  );
}

/** The document with action item `i` given the id `id`: the factors that linked it by its old id link the new one. */
function renameAction(doc: EditableDocument, i: number, id: string | null): EditableDocument {
  const old = doc.actionItems[i]?.id ?? null;
  const relink = (links: readonly string[]) => (old === null ? [...links] : links.flatMap((l) => (l !== old ? [l] : id === null ? [] : [id])));
  return {
    ...doc,
    actionItems: replaceAt(doc.actionItems, i, (item) => ({ ...item, id })),
    contributingFactors: doc.contributingFactors.map((factor) => ({ ...factor, actionItems: relink(factor.actionItems) })),
  };
}

/** The action-items section. */
export function ActionItemsEditor({ draft, edit, findings, peopleList }: EditorProps & { peopleList: string }) {
  const items = draft.actionItems;
  const set = (next: ActionItem[]) => edit((doc) => ({ ...doc, actionItems: next }));
  // A removed item's id leaves the factors' links with it: it would be given out again to the next new item.
  const remove = (i: number) =>
    edit((doc) => {
      const gone = doc.actionItems[i]?.id ?? null;
      const linked = (links: readonly string[]) => gone !== null && links.includes(gone);
      return {
        ...doc,
        actionItems: removeAt(doc.actionItems, i),
        contributingFactors: doc.contributingFactors.map((factor) =>
          linked(factor.actionItems) ? { ...factor, actionItems: factor.actionItems.filter((id) => id !== gone) } : factor,
        ),
      };
    });
  return (
    <EditorSection section="actionItems" findings={findings} hint="A handful that ship beat fifteen that rot: a specific action, a named owner, a real date, a ticket.">
      {items.length === 0 ? null : (
        <ol className="action-cards">
          {items.map((item, i) => (
            <ActionRow
              key={i}
              item={item}
              index={i}
              peopleList={peopleList}
              onChange={(next) => set(replaceAt(items, i, () => next))}
              onRename={(id) => edit((doc) => renameAction(doc, i, id))}
              onRemove={() => remove(i)}
            />
          ))}
        </ol>
      )}
      <button type="button" onClick={() => set([...items, newActionItem('')])}>
        Add an action item
      </button>
    </EditorSection>
  );
}
