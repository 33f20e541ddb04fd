/** Action items as a table: action (with why and how it will be verified), owner (a known user or free text), due date, priority, status, ticket. */
import type { ActionItem, ActionStatus, Priority } from '../../../../../src/core/postmortem.schema.js';
import { newActionItem } from '../../../../../src/core/postmortem.js';
import { PROMPTS } from '../../../../../src/core/template-prompts.js';
import { SelectField, TextField } from '../../../components/fields.js';
import { ACTION_STATUS_LABELS, PRIORITY_LABELS } from '../../../postmortem/labels.js';
import { sectionDomId } from '../../../postmortem/sections.js';
import { EditorSection } from './editor-section.js';
import { orNull, removeAt, replaceAt, type EditorProps } from './editor-props.js';
import { TableHead } from '../../../components/table-head.js';

const REAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function ActionRow({ item, index, peopleList, onChange, onRemove }: { item: ActionItem; index: number; peopleList: string; onChange(item: ActionItem): void; onRemove(): void }) {
  const n = index + 1;
  const fuzzyDue = item.due !== null && !REAL_DATE.test(item.due);
  return (
    <tr id={sectionDomId('actionItems', index)}>
      <td>
        {item.id === null ? null : <span className="item-id">{item.id}</span>}
        <TextField compact label={`Action ${n}`} placeholder={PROMPTS.actionItems} value={item.title} onChange={(title) => onChange({ ...item, title })} />
        <TextField compact label={`Why action ${n} prevents recurrence`} placeholder={PROMPTS.actionRationale} value={item.rationale ?? ''} onChange={(v) => onChange({ ...item, rationale: orNull(v) })} />
        <TextField compact label={`How action ${n} will be verified`} placeholder={PROMPTS.actionVerification} value={item.verification ?? ''} onChange={(v) => onChange({ ...item, verification: orNull(v) })} />
      </td>
      <td>
        <TextField compact label={`Owner of action ${n}`} list={peopleList} placeholder="A named person" value={item.owner ?? ''} onChange={(v) => onChange({ ...item, owner: orNull(v) })} />
      </td>
      <td>
        <TextField
          compact
          label={`Due date of action ${n}`}
          type="date"
          value={fuzzyDue ? '' : (item.due ?? '')}
          onChange={(v) => onChange({ ...item, due: orNull(v) })}
          hint={fuzzyDue ? `“${item.due}” is not a date` : undefined}
        />
      </td>
      <td>
        <SelectField compact label={`Priority of action ${n}`} emptyLabel="—" options={PRIORITY_LABELS} value={item.priority ?? ''} onChange={(v) => onChange({ ...item, priority: v === '' ? null : (v as Priority) })} />
      </td>
      <td>
        <SelectField compact label={`Status of action ${n}`} options={ACTION_STATUS_LABELS} value={item.status} onChange={(v) => v !== '' && onChange({ ...item, status: v as ActionStatus })} />
      </td>
      <td>
        <TextField compact label={`Ticket of action ${n}`} placeholder="URL or key" value={item.ticket ?? ''} onChange={(v) => onChange({ ...item, ticket: orNull(v) })} />
      </td>
      <td>
        <button type="button" className="button-quiet" onClick={onRemove} aria-label={`Delete action ${n}`}>
          Delete
        </button>
      </td>
    </tr>
  );
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
        <div className="table-scroll">
          <table className="edit-table action-table">
            <TableHead columns={['Action', 'Owner', 'Due', 'Priority', 'Status', 'Ticket', '']} />
            <tbody>
              {items.map((item, i) => (
                <ActionRow key={i} item={item} index={i} peopleList={peopleList} onChange={(next) => set(replaceAt(items, i, () => next))} onRemove={() => remove(i)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <button type="button" onClick={() => set([...items, newActionItem('')])}>
        Add an action item
      </button>
    </EditorSection>
  );
}
