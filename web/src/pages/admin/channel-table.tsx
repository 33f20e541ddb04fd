/** Admin → Notifications: the channels of one scope (the instance or a team): name, kind, where messages go, when changed; Edit, and Remove after confirming. */
import type { Channel } from '../../api/types.js';
import { LocalTime } from '../../components/local-time.js';
import { RowActions } from '../../components/row-actions.js';
import { TableHead } from '../../components/table-head.js';
import { destination, KIND_LABELS } from './channel-labels.js';

interface ChannelTableProps {
  /** The scope in words, as its heading says it. */
  label: string;
  channels: readonly Channel[];
  busy: boolean;
  onEdit(channel: Channel): void;
  onRemove(channel: Channel): void;
}

/** The scope's heading and its channels (or that it has none). */
export function ChannelTable({ label, channels, busy, onEdit, onRemove }: ChannelTableProps) {
  return (
    <div className="channel-scope" data-testid="channel-scope" data-scope={label}>
      <h3>{label}</h3>
      {channels.length === 0 ? (
        <p className="empty">No channel.</p>
      ) : (
        <div className="table-scroll">
          <table className="list-table">
            <caption className="visually-hidden">Channels of {label.toLowerCase()}</caption>
            <TableHead columns={['Name', 'Kind', 'Where', 'Changed', '']} />
            <tbody>
              {channels.map((channel) => (
                <tr key={channel.id} data-testid="channel-row" data-name={channel.name}>
                  <td>{channel.name}</td>
                  <td>{KIND_LABELS[channel.config.kind]}</td>
                  <td className="channel-where">{destination(channel)}</td>
                  <td>
                    <LocalTime utc={channel.updatedAt} />
                  </td>
                  <td>
                    <RowActions
                      name={channel.name}
                      question={`Remove the channel ${channel.name}?`}
                      consequences="What it has not delivered yet is dropped as failed. Its deliveries stay in the log."
                      busy={busy}
                      onEdit={() => onEdit(channel)}
                      onRemove={() => onRemove(channel)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
