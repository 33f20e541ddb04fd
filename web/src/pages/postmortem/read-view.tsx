/** The postmortem as a document to read and print: every section rendered, all text escaped or safely rendered. */
import type { ReactNode } from 'react';
import type { KeyTimes, Postmortem } from '../../../../src/core/postmortem.schema.js';
import { formatLocal, formatUtc } from '../../editing/local-time.js';
import { MarkdownView } from '../../markdown/markdown-view.js';
import { TicketLink } from '../../components/ticket-link.js';
import { ACTION_STATUS_LABELS, DETECTION_LABELS, EVENT_KIND_LABELS, FACTOR_LABELS, KIND_LABELS } from '../../postmortem/labels.js';
import { LIST_KEYS, SECTION_TITLES, sectionDomId, type SectionKey } from '../../postmortem/sections.js';
import { deriveMetrics } from '../../../../src/core/derived.js';
import { DerivedDurations } from './editor/key-times-editor.js';
import { ImpactFigures } from './impact-figures.js';
import { ReviewFacts } from './review-facts.js';
import { TableHead } from '../../components/table-head.js';
import { FactList } from '../../components/fact-list.js';

function Section({ section, title, children }: { section: SectionKey; title?: string; children: ReactNode }) {
  return (
    <section id={sectionDomId(section)} className="read-section">
      <h2>{title ?? SECTION_TITLES[section]}</h2>
      {children}
    </section>
  );
}

function Prose({ section, text }: { section: SectionKey; text: string }) {
  return text.trim() === '' ? null : (
    <Section section={section}>
      <MarkdownView source={text} />
    </Section>
  );
}

const TIME_NAMES: Record<keyof KeyTimes, string> = { startedAt: 'Started', detectedAt: 'Detected', acknowledgedAt: 'Acknowledged', mitigatedAt: 'Mitigated', resolvedAt: 'Resolved' };

function Facts({ pm }: { pm: Postmortem }) {
  // A key time the document leaves empty is shown as derived, with the event it comes from (as the list does).
  const derived = deriveMetrics(pm).times;
  const facts: [string, string][] = [
    ['Kind', KIND_LABELS[pm.kind]],
    ['Author', pm.author ?? '—'],
    ['Incident commander', pm.commander ?? '—'],
    ['Services', pm.services.join(', ') || '—'],
    ['Teams', pm.teams.join(', ') || '—'],
    ['Tags', pm.tags.join(', ') || '—'],
    ['Detected by', [pm.detection.method === null ? null : DETECTION_LABELS[pm.detection.method], pm.detection.by].filter(Boolean).join(' — ') || '—'],
  ];
  return (
    <section id={sectionDomId('metadata')} className="read-section facts">
      <FactList facts={facts} />
      <div className="read-table-scroll">
        <table className="times-table">
          <caption>Key times</caption>
          <tbody>
            {(Object.keys(TIME_NAMES) as (keyof KeyTimes)[]).map((key) => {
              const taken = derived[key];
              const at = pm.times[key] ?? taken?.at ?? null;
              return (
                <tr key={key}>
                  <th scope="row">{TIME_NAMES[key]}</th>
                  <td>{formatUtc(at)}</td>
                  <td className="local-time">{at === null ? '' : formatLocal(at)}</td>
                  <td className="derived-from">{pm.times[key] === null && taken ? `derived from the timeline: “${taken.from.text}”` : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <DerivedDurations draft={pm} />
    </section>
  );
}

function Impact({ pm }: { pm: Postmortem }) {
  const { text, ...numbers } = pm.impact;
  const shown = Object.entries(numbers).filter(([, value]) => value !== null);
  if (text.trim() === '' && shown.length === 0 && pm.services.length === 0) return null;
  return (
    <Section section="impact">
      <MarkdownView source={text} />
      {shown.length === 0 ? null : (
        <dl className="fact-list">
          {shown.map(([key, value]) => (
            <div key={key}>
              <dt>{key.replace(/([A-Z])/g, ' $1').toLowerCase()}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      <ImpactFigures pm={pm} />
    </Section>
  );
}

function Timeline({ pm }: { pm: Postmortem }) {
  if (pm.timeline.length === 0) return null;
  return (
    <Section section="timeline">
      <div className="read-table-scroll">
        <table className="read-table">
          <TableHead columns={['Time (UTC)', 'Event', 'Who', 'Kind']} />
          <tbody>
            {pm.timeline.map((event, i) => (
              <tr key={i}>
                <td>{event.at === null ? event.written : formatUtc(event.at)}</td>
                <td>
                  <MarkdownView source={event.text} className="inline" />
                </td>
                <td>{event.actor}</td>
                <td>{event.kind === null ? '' : EVENT_KIND_LABELS[event.kind]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}

function TextList({ section, items, ordered = false }: { section: SectionKey; items: readonly string[]; ordered?: boolean }) {
  if (items.length === 0) return null;
  const List = ordered ? 'ol' : 'ul';
  return (
    <Section section={section}>
      <List>
        {items.map((item, i) => (
          <li key={i}>
            <MarkdownView source={item} className="inline" />
          </li>
        ))}
      </List>
    </Section>
  );
}

function Factors({ pm }: { pm: Postmortem }) {
  if (pm.contributingFactors.length === 0) return null;
  return (
    <Section section="contributingFactors">
      <ul>
        {pm.contributingFactors.map((factor, i) => (
          <li key={i}>
            {factor.category === null ? null : <strong>{FACTOR_LABELS[factor.category]}: </strong>}
            <MarkdownView source={factor.text} className="inline" />
            {factor.actionItems.length === 0 ? null : <span className="factor-actions"> (actions: {factor.actionItems.join(', ')})</span>}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function ActionItems({ pm }: { pm: Postmortem }) {
  if (pm.actionItems.length === 0) return null;
  return (
    <Section section="actionItems">
      <div className="read-table-scroll">
        <table className="read-table">
          <TableHead columns={['Action', 'Owner', 'Due', 'Priority', 'Status', 'Ticket']} />
          <tbody>
            {pm.actionItems.map((item, i) => (
              <tr key={i}>
                <td>
                  {item.id === null ? null : <span className="item-id">{item.id} </span>}
                  {item.title}
                  {item.rationale === null ? null : <div className="row-meta">{item.rationale}</div>}
                </td>
                <td>{item.owner}</td>
                <td>{item.due}</td>
                <td>{item.priority}</td>
                <td>{ACTION_STATUS_LABELS[item.status]}</td>
                <td>
                  {item.ticket === null ? null : <TicketLink ticket={item.ticket} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}

/** The read view of a postmortem. */
export function ReadView({ pm }: { pm: Postmortem }) {
  return (
    <article className="read-view">
      <Facts pm={pm} />
      <Prose section="summary" text={pm.summary} />
      <Prose section="whatHappened" text={pm.whatHappened} />
      <Impact pm={pm} />
      <Timeline pm={pm} />
      <Prose section="rootCause" text={pm.rootCause} />
      <TextList section="whys" items={pm.whys} ordered />
      <Factors pm={pm} />
      {LIST_KEYS.map((key) => (
        <TextList key={key} section={key} items={pm[key]} />
      ))}
      <ActionItems pm={pm} />
      <ReviewFacts review={pm.review} />
      {pm.otherSections.map((other, i) => (
        <section key={i} className="read-section">
          {other.heading === '' ? null : <h2>{other.heading}</h2>}
          <MarkdownView source={other.body} />
        </section>
      ))}
    </article>
  );
}
