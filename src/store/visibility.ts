/** Who sees and who may change postmortems: restricted ones only for their members and admins, enforced in SQL. */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { canAdminister, canDelete, canSeeAllRestricted, canWrite } from '../core/access.js';
import { ForbiddenError } from '../core/errors.js';
import type { Actor } from './store.types.js';
import type { Database } from './tables.js';

/** A condition on the `postmortems` table: true for the rows the actor may see. */
export function visibleTo(actor: Actor) {
  return (eb: ExpressionBuilder<Database, 'postmortems'>): Expression<SqlBool> => {
    if (canSeeAllRestricted(actor.role)) return sql<SqlBool>`1 = 1`;
    return eb.or([
      eb('postmortems.restricted', '=', 0),
      eb.exists(
        eb
          .selectFrom('postmortem_members')
          .select('postmortem_members.email')
          .whereRef('postmortem_members.postmortem_id', '=', 'postmortems.id')
          .where('postmortem_members.email', '=', actor.email.toLowerCase()),
      ),
    ]);
  };
}

/**
 * A condition on the `action_items` table: true for the items of postmortems the actor may see. Put as "not among
 * the few restricted postmortems the actor is no member of", it needs no join: a count over every item reads the
 * items alone.
 */
export function itemVisibleTo(actor: Actor) {
  return (eb: ExpressionBuilder<Database, 'action_items'>): Expression<SqlBool> => {
    if (canSeeAllRestricted(actor.role)) return sql<SqlBool>`1 = 1`;
    const hidden = eb
      .selectFrom('postmortems as hidden')
      .select('hidden.id')
      .where('hidden.restricted', '<>', 0)
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('postmortem_members').select('postmortem_members.email').whereRef('postmortem_members.postmortem_id', '=', 'hidden.id').where('postmortem_members.email', '=', actor.email.toLowerCase()))),
      );
    return eb('action_items.postmortem_id', 'not in', hidden);
  };
}

/** ForbiddenError unless the actor may write. */
export function requireWrite(actor: Actor): void {
  if (!canWrite(actor.role)) throw new ForbiddenError(`${actor.email} (${actor.role}) may read but not change postmortems`);
}

/** ForbiddenError unless the actor may delete. */
export function requireDelete(actor: Actor): void {
  if (!canDelete(actor.role)) throw new ForbiddenError(`only admins may delete postmortems (${actor.email} is ${actor.role === 'editor' ? 'an' : 'a'} ${actor.role})`);
}

/** ForbiddenError unless the actor is an admin; `what` says what they tried ("change the policy"). */
export function requireAdmin(actor: Actor, what: string): void {
  if (!canAdminister(actor.role)) throw new ForbiddenError(`only admins may ${what} (${actor.email} is ${actor.role === 'editor' ? 'an' : 'a'} ${actor.role})`);
}
