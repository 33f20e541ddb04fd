/** Action items as cards: the action, why and how it will be verified (each growing with its text); its id, owner (a known user or free text), due date (the policy's proposal one click away), priority, status, ticket. */
import { useEffect, useState } from 'react';
import { proposedDueDate } from '../../../../../src/core/policy/deadlines.js';
import type { Policy } from '../../../../../src/core/policy/policy-document.js';
import type { ActionItem, ActionStatus, Priority } from '../../../../../src/core/postmortem.schema.js';
import { getPolicy } from '../../../api/policy.js';
import type { EditableDocument } from '../../../editing/document.js';
import { newActionItem } from '../../../../../src/core/postmortem.js';
import { PROMPTS } from '../../../../../src/core/template-prompts.js';
import { SelectField, TextArea, TextField } from '../../../components/fields.js';
import { toLocalInput } from '../../../editing/local-time.js';
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

/**
 * The statuses an item's select offers: Verified and Won't do only to an item that has it already. Both are set on the
 * Action items page, which asks what the document has no place for: evidence, from someone other than the owner; a reason.
 */
function statusChoices(status: ActionStatus): Partial<Record<ActionStatus, string>> {
  return Object.fromEntries(Object.entries(ACTION_STATUS_LABELS).filter(([value]) => value === status || (value !== 'verified' && value !== 'wont_do')));
}

/** The due date the policy proposes for an item with a priority and no due date, written today (your calendar day); null otherwise. */
function proposal(item: ActionItem, policy: Policy | null): { days: number; priority: Priority; date: string } | null {
  if (policy === null || item.priority === null || (item.due ?? '').trim() !== '') return null;
  const today = toLocalInput(new Date().toISOString()).slice(0, 10);
  return { days: policy.actionItems.dueDays[item.priority], priority: item.priority, date: proposedDueDate(item.priority, today, policy) };
}

/** The policy in force, to propose due dates (none while it loads, or when it cannot be read: the date is then typed). */
function usePolicy(): Policy | null {
  const [policy, setPolicy] = useState<Policy | null>(null);
  useEffect(() => {
    let live = true;
    getPolicy().then(
      (view) => live && setPolicy(view.policy),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return policy;
}

function ActionRow({ item, index, peopleList, policy, onChange, onRename, onRemove }: { item: ActionItem; index: number; peopleList: string; policy: Policy | null; onChange(item: ActionItem): void; onRename(id: string | null): void; onRemove(): void }) {
  const n = index + 1;
  const fuzzyDue = item.due !== null && !REAL_DATE.test(item.due);
  const proposed = proposal(item, policy);
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
          {proposed === null ? null : (
            <button type="button" className="link-button due-proposal" onClick={() => onChange({ ...item, due: proposed.date })}>
              Due in {proposed.days} days ({proposed.priority}): {proposed.date}
              <span className="visually-hidden"> — set as the due date of action {n}</span>
            </button>
          )}
        </div>
        <div>
          <Caption>Priority</Caption>
          <SelectField compact label={`Priority of action ${n}`} emptyLabel="—" options={PRIORITY_LABELS} value={item.priority ?? ''} onChange={(v) => onChange({ ...item, priority: v === '' ? null : (v as Priority) })} />
        </div>
        <div>
          <Caption>Status</Caption>
          <SelectField compact label={`Status of action ${n}`} options={statusChoices(item.status)} value={item.status} onChange={(v) => v !== '' && onChange({ ...item, status: v as ActionStatus })} />
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
  const policy = usePolicy();
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
              policy={policy}
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
