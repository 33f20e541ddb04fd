/**
 * The dump format, version 1: JSON lines, engine-neutral. A header line, then one line per row,
 * `{"table": …, "row": {…}}`, tables in an order that keeps references backwards (users before their
 * tokens and their links to the identity provider, postmortems before their members, revisions, comments, approvals, action-item times and public versions with their revisions; deleted postmortems, kept for 30
 * days, as the dump lines of each; incidents before their revisions). Rows are the table's columns in
 * snake_case, with JSON columns (documents, changed fields) inlined as JSON. Rows derived from documents
 * (services, tags, salient words, action items, timeline events, search) are not dumped: restore rebuilds them.
 * Sessions, rate counters and sign-ins under way at the identity provider are not dumped either: they are short-lived; nor are the outbox and its delivery log
 * (notifications on their way, and the record of attempts): channels are; nor is the log of hook deliveries:
 * integrations (their secrets sealed, so restored only where the same DEBRIEF_SECRET_KEY is set) and the links from
 * vendors' incidents to Debrief's are. Columns added after the first release
 * are optional, so older dumps still restore (tokens without an expiry get the default one from the restore).
 */
import { z } from 'zod';
import { ROLES } from '../core/access.js';
import { incidentFactsSchema, owedSchema } from '../core/incident.js';

/** The first line of every dump. */
export const DUMP_HEADER = { format: 'debrief-dump', version: 1 } as const;

/** The tables a dump holds, in the order they are written and must be read. */
export const DUMP_TABLES = [
  'users', 'api_tokens', 'oidc_identities', 'postmortems', 'postmortem_members', 'revisions', 'comments', 'approvals', 'action_item_times',
  'public_versions', 'public_revisions', 'deleted_postmortems', 'policies', 'teams', 'service_slos', 'channels', 'integrations', 'instance_settings', 'incidents', 'incident_revisions', 'alert_links', 'tracker_tickets', 'audit_events',
] as const;

const id = z.string().min(1);
const timestamp = z.string().min(1);
/** A column added after the first release: absent from older dumps. */
const later = <T extends z.ZodType>(type: T) => type.nullable().optional();

/** The columns every revision row of a postmortem starts with: whose, which, when, by whom. */
const revisionKey = { postmortem_id: id, number: z.number().int().positive(), at: timestamp, user_id: z.string(), user_email: z.string() };

/** One line of a dump after the header. */
export const dumpLineSchema = z.discriminatedUnion('table', [
  z.strictObject({
    table: z.literal('users'),
    row: z.strictObject({
      id,
      email: z.string(),
      name: z.string(),
      role: z.enum(ROLES),
      password_hash: z.string(),
      created_at: timestamp,
      disabled_at: later(timestamp),
      password_changed_at: later(timestamp),
    }),
  }),
  z.strictObject({
    table: z.literal('api_tokens'),
    row: z.strictObject({
      id,
      user_id: id,
      name: z.string(),
      token_hash: z.string().regex(/^[0-9a-f]{64}$/),
      created_at: timestamp,
      expires_at: later(timestamp),
      role: later(z.enum(ROLES)),
      last_used_at: later(timestamp),
    }),
  }),
  z.strictObject({
    table: z.literal('oidc_identities'),
    row: z.strictObject({ issuer: z.string().min(1), subject: z.string().min(1), user_id: id, created_at: timestamp, last_sign_in_at: timestamp }),
  }),
  z.strictObject({
    table: z.literal('postmortems'),
    row: z.strictObject({ id, version: z.number().int().positive(), document: z.unknown(), created_at: timestamp, updated_at: timestamp }),
  }),
  z.strictObject({ table: z.literal('postmortem_members'), row: z.strictObject({ postmortem_id: id, email: z.string() }) }),
  z.strictObject({
    table: z.literal('revisions'),
    row: z.strictObject({
      ...revisionKey,
      changed: z.array(z.string()),
      note: z.string(),
      document: z.unknown(),
    }),
  }),
  z.strictObject({
    table: z.literal('comments'),
    row: z.strictObject({
      id,
      postmortem_id: id,
      user_id: z.string(),
      user_email: z.string(),
      at: timestamp,
      body: z.string(),
      anchor: later(z.string()),
      parent_id: later(id),
      resolved_at: later(timestamp),
      resolved_by: later(z.string()),
      mentions: later(z.array(z.string())),
    }),
  }),
  z.strictObject({
    table: z.literal('approvals'),
    row: z.strictObject({ id, postmortem_id: id, user_id: z.string(), user_email: z.string(), at: timestamp, version: z.number().int().positive(), content_key: z.string() }),
  }),
  z.strictObject({
    table: z.literal('public_versions'),
    row: z.strictObject({
      postmortem_id: id,
      slug: id,
      version: z.number().int().positive(),
      title: z.string(),
      text: z.string(),
      redactions: z.array(z.record(z.string(), z.unknown())),
      created_at: timestamp,
      updated_at: timestamp,
      updated_by: z.string(),
      published_version: z.number().int().positive().nullable(),
      published_title: z.string().nullable(),
      published_text: z.string().nullable(),
      published_at: timestamp.nullable(),
      first_published_at: timestamp.nullable(),
    }),
  }),
  z.strictObject({
    table: z.literal('public_revisions'),
    row: z.strictObject({
      ...revisionKey,
      action: z.enum(['saved', 'published', 'unpublished']),
      slug: id,
      title: z.string(),
      text: z.string(),
      redactions: z.array(z.record(z.string(), z.unknown())),
    }),
  }),
  z.strictObject({
    table: z.literal('action_item_times'),
    row: z.strictObject({
      postmortem_id: id,
      item_key: z.string().min(1),
      status: z.string().min(1),
      owner: z.string().nullable(),
      due_date: z.string().nullable(),
      created_at: timestamp,
      done_at: timestamp.nullable(),
      verified_at: timestamp.nullable(),
      verified_by: z.string().nullable(),
      evidence: z.string().nullable(),
      wont_do_at: timestamp.nullable(),
      wont_do_reason: z.string().nullable(),
    }),
  }),
  z.strictObject({
    table: z.literal('deleted_postmortems'),
    row: z.strictObject({ id, postmortem_id: id, title: z.string(), deleted_at: timestamp, deleted_by: z.string(), bundle: z.array(z.unknown()).describe('its dump lines, checked when it is restored') }),
  }),
  z.strictObject({
    table: z.literal('policies'),
    row: z.strictObject({ version: z.number().int().positive(), document: z.string(), created_at: timestamp, created_by: z.string() }),
  }),
  z.strictObject({
    table: z.literal('teams'),
    row: z.strictObject({
      key: z.string().min(1),
      name: z.string().min(1),
      lead: z.string().nullable(),
      members: z.array(z.string()),
      services: z.array(z.string()),
      created_at: timestamp,
      updated_at: timestamp,
    }),
  }),
  z.strictObject({
    table: z.literal('service_slos'),
    row: z.strictObject({
      key: z.string().min(1),
      service: z.string().min(1),
      target_percent: z.number().gt(0).lt(100),
      window_days: z.number().int().positive(),
      created_at: timestamp,
      updated_at: timestamp,
    }),
  }),
  z.strictObject({
    table: z.literal('instance_settings'),
    row: z.strictObject({ name: z.enum(['local_passwords']), value: z.unknown(), updated_at: timestamp, updated_by: z.string() }),
  }),
  z.strictObject({
    table: z.literal('channels'),
    row: z.strictObject({
      id,
      scope: z.string().min(1),
      name: z.string().min(1),
      kind: z.enum(['email', 'slack', 'webhook']),
      config: z.record(z.string(), z.unknown()).describe('with its secrets: a dump is as secret as the database'),
      created_at: timestamp,
      updated_at: timestamp,
      created_by: z.string(),
    }),
  }),
  z.strictObject({
    table: z.literal('integrations'),
    row: z.strictObject({
      id,
      kind: z.string().min(1),
      scope: z.string().min(1),
      name: z.string().min(1),
      settings: z.record(z.string(), z.unknown()),
      secret: z.string().nullable().describe('sealed under DEBRIEF_SECRET_KEY'),
      secret_hint: z.string().nullable(),
      webhook_secret: later(z.string()).describe('sealed under DEBRIEF_SECRET_KEY'),
      webhook_secret_hint: later(z.string()),
      created_at: timestamp,
      updated_at: timestamp,
      created_by: z.string(),
    }),
  }),
  z.strictObject({
    table: z.literal('incidents'),
    row: z.strictObject({
      id,
      number: z.number().int().positive(),
      version: z.number().int().positive(),
      facts: incidentFactsSchema,
      owed: owedSchema,
      decision: z.strictObject({ reasons: z.array(z.string()), repeatOf: z.array(z.string()) }),
      policy_version: z.number().int().nonnegative(),
      postmortem_id: z.string().nullable(),
      waiver: z.strictObject({ reason: z.string(), by: z.string(), at: timestamp }).nullable(),
      created_at: timestamp,
      created_by: z.string(),
      updated_at: timestamp,
    }),
  }),
  z.strictObject({
    table: z.literal('incident_revisions'),
    row: z.strictObject({ incident_id: id, number: z.number().int().positive(), at: timestamp, by_email: z.string(), note: z.string(), record: z.record(z.string(), z.unknown()) }),
  }),
  z.strictObject({
    table: z.literal('alert_links'),
    row: z.strictObject({
      kind: z.string().min(1),
      external_key: z.string().min(1),
      incident_id: id,
      status: z.enum(['triggered', 'acknowledged', 'resolved']),
      status_at: timestamp,
      acknowledged_at: timestamp.nullable(),
      updated_at: timestamp,
    }),
  }),
  z.strictObject({
    table: z.literal('tracker_tickets'),
    row: z.strictObject({
      postmortem_id: id,
      item_key: z.string().min(1),
      integration_id: id,
      ticket_key: z.string().nullable(),
      url: z.string().nullable(),
      external_id: z.string().nullable(),
      draft: z.string().nullable(),
      pending: z.enum(['create', 'open', 'close']).nullable(),
      pending_since: timestamp.nullable(),
      attempts: z.number().int().nonnegative(),
      next_attempt_at: timestamp.nullable(),
      locked_until: timestamp.nullable(),
      last_error: z.string().nullable(),
      remote_status: z.string().nullable(),
      remote_open: z.union([z.literal(0), z.literal(1)]).nullable(),
      remote_updated_at: timestamp.nullable(),
      polled_at: timestamp.nullable(),
      filed_by: z.string(),
      created_at: timestamp,
      updated_at: timestamp,
    }),
  }),
  z.strictObject({
    table: z.literal('audit_events'),
    row: z.strictObject({
      id,
      at: timestamp,
      action: z.string().min(1),
      outcome: z.enum(['success', 'failure']),
      actor_id: z.string().nullable(),
      actor_email: z.string().nullable(),
      target: z.string().nullable(),
      ip: z.string().nullable(),
      details: z.record(z.string(), z.unknown()),
    }),
  }),
]);

/** A parsed dump line. */
export type DumpLine = z.infer<typeof dumpLineSchema>;
