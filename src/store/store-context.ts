/** What the functions of one store share beyond its database: its clock, the cost of new password hashes, and who hears of audit events. */
import type { AuditEvent } from '../core/audit.js';
import type { Clock } from './clock.js';
import type { ScryptCost } from './hashing-pool.js';

/** The settings of a store as its functions use them (see StoreSettings). */
export interface StoreContext {
  /** The store's clock. */
  clock: Clock;
  /** Its readings made strictly increasing: the audit log's times, whose order is the order things happened in. */
  auditClock: Clock;
  passwordCost: ScryptCost;
  /** Told of each audit event as it is written (the server logs them). */
  audited(event: AuditEvent): void;
}
