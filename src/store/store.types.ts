/**
 * The contract of Debrief's store: what the server and the CLI may ask of it, on SQLite and PostgreSQL alike.
 * Domain errors only (InputError, NotFoundError, ConflictError, ForbiddenError from core/errors); no HTTP here.
 */
import type { Role } from '../core/access.js';
import type { Derived } from '../core/derived.js';
import type { ActionItem, ActionStatus, KeyTimes, Kind, Postmortem, Priority, Severity, Status } from '../core/postmortem.schema.js';

/** What a user may do (defined with the role policy in core/access). */
export type { Role };

/** Who is asking. Visibility of restricted postmortems and every revision's author come from it. */
export interface Actor {
  userId: string;
  email: string;
  role: Role;
}

/** A user account (never with its password hash). */
export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
}

/** A stored postmortem: the document, with the id, version and access list the store keeps. */
export interface StoredPostmortem {
  /** Equals `postmortem.id` (the store fills it in when the document had none). */
  id: string;
  /** Starts at 1; every change adds 1. The server's ETag. */
  version: number;
  postmortem: Postmortem & { id: string };
  /** E-mail addresses of the users who may see it when `postmortem.restricted` is true. */
  members: string[];
  createdAt: string;
  updatedAt: string;
}

/**
 * A stored postmortem as the text it is kept in, for answering reads without parsing the document:
 * `document` is the postmortem's JSON exactly as stored, `derived` its metrics computed when it was written.
 */
export interface StoredPostmortemText extends Omit<StoredPostmortem, 'postmortem'> {
  document: string;
  derived: Derived;
  /** As in the document: only members and admins may see it. */
  restricted: boolean;
}

/**
 * One postmortem in a list: what a list row shows, kept in a summary column written with the document (a list
 * never reads whole documents). Key times are filled from the timeline; durations and counts are derived.
 */
export interface PostmortemSummary {
  id: string;
  version: number;
  title: string;
  severity: Severity | null;
  status: Status;
  kind: Kind;
  author: string | null;
  services: string[];
  teams: string[];
  tags: string[];
  restricted: boolean;
  times: KeyTimes;
  derived: Derived;
  /** How many action items it has. */
  actionItems: number;
  /** How many of them are not done, verified or won't do. */
  openActionItems: number;
  updatedAt: string;
}

/**
 * Orders of the postmortem list: a key, ascending, or descending with `-`; unknown values (no start, no severity,
 * no duration) come last either way, ties by id. `relevance` (best match first) is for searches only.
 */
export type PostmortemSort =
  | '-started' | 'started' | '-updated' | 'updated' | 'severity' | '-severity' | 'title' | '-title'
  | '-duration' | 'duration' | '-open_actions' | 'open_actions' | 'relevance';

/** Filters of the postmortem list; all optional, combined with AND (and the order, which filters nothing). */
export interface PostmortemFilter {
  status?: Status;
  severity?: Severity;
  service?: string;
  tag?: string;
  author?: string;
  /** Incidents that started at or after this instant (ISO 8601 UTC). */
  from?: string;
  /** Incidents that started before this instant. */
  to?: string;
  /** Full-text search over title and prose; results then come best match first unless `sort` says otherwise. */
  q?: string;
  /** The order: `-started` (newest incident first) by default, `relevance` by default with `q`. */
  sort?: PostmortemSort;
}

/** One page of a list, and the opaque cursor of the next page (null on the last). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** One recorded change of a postmortem. */
export interface RevisionInfo {
  /** 1 for the creation, then 2, 3…: equals the postmortem version it produced. */
  number: number;
  at: string;
  by: { userId: string; email: string };
  /** Top-level fields of the postmortem that changed (`['title', 'actionItems']`); all of them for number 1. */
  changed: string[];
  /** A short note of why (`created`, `status: draft -> in_review`, `restored revision 3`). */
  note: string;
}

/** A revision read back in full. */
export interface Revision extends RevisionInfo {
  postmortem: Postmortem;
}

/** Filters of the cross-postmortem action-item list. */
export interface ActionItemFilter {
  owner?: string;
  /** Items of postmortems that list this team in `teams` (case-insensitive). */
  team?: string;
  status?: ActionStatus;
  priority?: Priority;
  /** Only items with a real due date before `today` that are not done, verified or won't do. */
  overdue?: boolean;
  /** `YYYY-MM-DD`, the reference day of `overdue` (default: today in UTC). */
  today?: string;
}

/** An action item with the postmortem it belongs to. */
export interface ActionItemRow {
  postmortemId: string;
  postmortemTitle: string;
  /** Position in the postmortem's action items (0-based): the item's key when it has no id. */
  index: number;
  item: ActionItem;
}

/** A comment on a postmortem. */
export interface Comment {
  id: string;
  postmortemId: string;
  by: { userId: string; email: string };
  at: string;
  body: string;
}

/** A web session; the CSRF token must accompany cookie-authenticated writes. */
export interface Session {
  id: string;
  userId: string;
  csrfToken: string;
  expiresAt: string;
}

/** What every store offers, whichever engine is underneath. */
export interface Store {
  /** Which engine this is. */
  readonly dialect: 'sqlite' | 'postgres';
  /** True when the database answers a trivial query (for /readyz). */
  ping(): Promise<boolean>;
  close(): Promise<void>;

  // Postmortems. Restricted ones the actor may not see behave as if they did not exist (NotFoundError).
  // Writes need an editor or admin (ForbiddenError); invalid input is an InputError whose details are
  // `[{ path, message }]` field problems (`actionItems.0.owner`).
  /** Stores version 1 (the creator is always among the members); ConflictError when the document's id is taken. */
  createPostmortem(actor: Actor, postmortem: Postmortem, members?: string[]): Promise<StoredPostmortem>;
  getPostmortem(actor: Actor, id: string): Promise<StoredPostmortem>;
  /** The same postmortem as `getPostmortem`, its document left as JSON text (what a read answers). */
  getPostmortemText(actor: Actor, id: string): Promise<StoredPostmortemText>;
  /** Summaries (not whole documents) in the filter's `sort` order: newest incident first, or best match first with `q`. */
  listPostmortems(actor: Actor, filter: PostmortemFilter, page: { limit: number; cursor?: string }): Promise<Page<PostmortemSummary>>;
  /**
   * Replaces the document if `expectedVersion` is current; else ConflictError whose details are `{ currentVersion }`.
   * A change that changes nothing (same document, same members) writes nothing and returns the current version.
   */
  updatePostmortem(
    actor: Actor,
    id: string,
    expectedVersion: number,
    next: Postmortem,
    options?: { members?: string[]; note?: string },
  ): Promise<StoredPostmortem>;
  deletePostmortem(actor: Actor, id: string): Promise<void>;
  listRevisions(actor: Actor, id: string): Promise<RevisionInfo[]>;
  getRevision(actor: Actor, id: string, number: number): Promise<Revision>;

  // Action items, across every postmortem the actor may see.
  /** One page (`limit` 1–1000, default 200; `cursor` the previous page's nextCursor), P1 first, then by due date. */
  listActionItems(actor: Actor, filter: ActionItemFilter, page?: { limit?: number; cursor?: string }): Promise<Page<ActionItemRow>>;
  /** Sets one item's status (by its id, or its index as a string) and records a revision. */
  setActionItemStatus(actor: Actor, postmortemId: string, itemKey: string, status: ActionStatus): Promise<StoredPostmortem>;

  // Comments (writing one needs an editor or admin).
  addComment(actor: Actor, postmortemId: string, body: string): Promise<Comment>;
  listComments(actor: Actor, postmortemId: string): Promise<Comment[]>;

  // Users, passwords (hashed with scrypt), API tokens (stored hashed, shown once), sessions.
  countUsers(): Promise<number>;
  createUser(input: { email: string; name?: string; role: Role; password: string }): Promise<User>;
  listUsers(): Promise<User[]>;
  /** ConflictError when it would demote the last admin. */
  setUserRole(email: string, role: Role): Promise<User>;
  /** The user when the password matches, else null (same time either way). */
  verifyPassword(email: string, password: string): Promise<User | null>;
  /** Returns the token in clear: the only time it is ever seen. */
  createToken(email: string, name: string): Promise<{ id: string; name: string; token: string }>;
  /** Takes effect at once in this process (the token cache is emptied); other processes see it within a few seconds. */
  revokeToken(email: string, name: string): Promise<void>;
  /**
   * Answers from a short-lived in-process cache (5 s, see token-cache.ts); revokeToken and setUserRole on this
   * store empty it, so only changes made by another process can take that long to be seen.
   */
  userForToken(token: string): Promise<User | null>;
  createSession(userId: string, ttlSeconds: number): Promise<Session>;
  /** The session and its user, or null when unknown or expired. */
  getSession(id: string): Promise<{ session: Session; user: User } | null>;
  deleteSession(id: string): Promise<void>;

  /**
   * Every row of every table as JSON lines, each without its newline (a header line first): a lossless,
   * engine-neutral copy (sessions excepted). On SQLite it holds the connection until the iteration ends.
   */
  dump(): AsyncIterable<string>;
  /** Loads a dump into an empty database, all or nothing; InputError (`line N: …`, details `{ line }`) on a bad line. */
  restore(lines: AsyncIterable<string>): Promise<{ postmortems: number; users: number }>;
}
