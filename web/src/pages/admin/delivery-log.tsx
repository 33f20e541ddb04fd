/** Admin → Notifications → the delivery log: every attempt, newest first, filtered by channel and outcome (kept in the address), a page at a time. */
import { useMemo } from 'react';
import { listDeliveries, type DeliveryFilter } from '../../api/channels.js';
import type { Channel, Delivery, DeliveryOutcome, Team } from '../../api/types.js';
import { SelectField } from '../../components/fields.js';
import { PagedListView } from '../../components/paged-list-view.js';
import { TableHead } from '../../components/table-head.js';
import { formatLocal, formatUtc } from '../../editing/local-time.js';
import { usePagedList } from '../../hooks/use-paged-list.js';
import { useQueryParams } from '../../hooks/use-query-params.js';
import { OUTCOME_LABELS, scopeLabel } from './channel-labels.js';

const PAGE_SIZE = 50;
const KEYS = ['channel', 'outcome'] as const;

/** The badge class of an outcome: sent green, failed red, the others amber. */
const OUTCOME_BADGES = { sent: 'badge-success', failed: 'badge-failure', retry: 'badge-deadline-due-soon', lease_expired: 'badge-deadline-due-soon' } satisfies Record<DeliveryOutcome, string>;

/** The attempts as a table (it scrolls sideways on narrow screens). */
function DeliveryTable({ deliveries }: { deliveries: readonly Delivery[] }) {
  return (
    <div className="table-scroll">
      <table className="list-table delivery-table">
        <caption className="visually-hidden">Delivery attempts, newest first</caption>
        <TableHead columns={['Time', 'Channel', 'Notification', 'Attempt', 'Outcome', 'Answer', 'Took']} />
        <tbody>
          {deliveries.map((d) => (
            <tr key={d.id} data-testid="delivery-row" data-outcome={d.outcome}>
              <td>
                <time dateTime={d.at} title={formatUtc(d.at, { seconds: true })}>
                  {formatLocal(d.at, { seconds: true })}
                </time>
              </td>
              <td>{d.channelName ?? 'a removed channel'}</td>
              <td>
                {d.subject}
                <div className="row-meta code">{d.type}</div>
              </td>
              <td className="number">{d.attempt}</td>
              <td>
                <span className={`badge ${OUTCOME_BADGES[d.outcome]}`}>{OUTCOME_LABELS[d.outcome]}</span>
              </td>
              <td className="audit-details">{[d.status === null ? null : String(d.status), d.error].filter((x) => x !== null).join(' · ') || '—'}</td>
              <td className="number">{d.durationMs} ms</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The log with its filters; `channels` (named with their scope, from `teams`) are the channel filter's choices. */
export function DeliveryLog({ channels, teams }: { channels: readonly Channel[]; teams: readonly Team[] }) {
  const [params, setParams] = useQueryParams(KEYS);
  const outcome = params.outcome in OUTCOME_LABELS ? (params.outcome as DeliveryOutcome) : '';
  const filter: DeliveryFilter = useMemo(() => ({ channelId: params.channel || undefined, outcome: outcome || undefined }), [params.channel, outcome]);
  const list = usePagedList(JSON.stringify(filter), (cursor) => listDeliveries(filter, cursor, PAGE_SIZE));
  const channelOptions = Object.fromEntries(channels.map((c) => [c.id, `${c.name} — ${scopeLabel(c.scope, teams)}`]));

  return (
    <section className="delivery-log" aria-labelledby="delivery-log-heading">
      <h2 id="delivery-log-heading">Delivery log</h2>
      <form className="filters" role="search" aria-label="Filter the delivery log" onSubmit={(event) => event.preventDefault()}>
        <SelectField label="Channel" emptyLabel="Any channel" options={channelOptions} value={params.channel} onChange={(value) => setParams({ channel: value })} />
        <SelectField label="Outcome" emptyLabel="Any outcome" options={OUTCOME_LABELS} value={outcome} onChange={(value) => setParams({ outcome: value })} />
      </form>
      <PagedListView list={list} empty="No delivery matches these filters.">
        {(items) => <DeliveryTable deliveries={items} />}
      </PagedListView>
    </section>
  );
}
