/**
 * The dump format, version 1: JSON lines, engine-neutral. A header line, then one line per row,
 * `{"table": …, "row": {…}}`, tables in an order that keeps references backwards (users before their
 * tokens, postmortems before their members, revisions and comments). Rows are the table's columns in
 * snake_case, with JSON columns (documents, changed fields) inlined as JSON. Rows derived from documents
 * (services, tags, action items, timeline events, search) are not dumped: restore rebuilds them.
 * Sessions are not dumped either: they are short-lived and tied to one server.
 */
import { z } from 'zod';
import { ROLES } from '../core/access.js';

/** The first line of every dump. */
export const DUMP_HEADER = { format: 'debrief-dump', version: 1 } as const;

/** The tables a dump holds, in the order they are written and must be read. */
export const DUMP_TABLES = ['users', 'api_tokens', 'postmortems', 'postmortem_members', 'revisions', 'comments'] as const;

const id = z.string().min(1);
const timestamp = z.string().min(1);

/** One line of a dump after the header. */
export const dumpLineSchema = z.discriminatedUnion('table', [
  z.strictObject({
    table: z.literal('users'),
    row: z.strictObject({ id, email: z.string(), name: z.string(), role: z.enum(ROLES), password_hash: z.string(), created_at: timestamp }),
  }),
  z.strictObject({
    table: z.literal('api_tokens'),
    row: z.strictObject({ id, user_id: id, name: z.string(), token_hash: z.string().regex(/^[0-9a-f]{64}$/), created_at: timestamp }),
  }),
  z.strictObject({
    table: z.literal('postmortems'),
    row: z.strictObject({ id, version: z.number().int().positive(), document: z.unknown(), created_at: timestamp, updated_at: timestamp }),
  }),
  z.strictObject({ table: z.literal('postmortem_members'), row: z.strictObject({ postmortem_id: id, email: z.string() }) }),
  z.strictObject({
    table: z.literal('revisions'),
    row: z.strictObject({
      postmortem_id: id,
      number: z.number().int().positive(),
      at: timestamp,
      user_id: z.string(),
      user_email: z.string(),
      changed: z.array(z.string()),
      note: z.string(),
      document: z.unknown(),
    }),
  }),
  z.strictObject({
    table: z.literal('comments'),
    row: z.strictObject({ id, postmortem_id: id, user_id: z.string(), user_email: z.string(), at: timestamp, body: z.string() }),
  }),
]);

/** A parsed dump line. */
export type DumpLine = z.infer<typeof dumpLineSchema>;
