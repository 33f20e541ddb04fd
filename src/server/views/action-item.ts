/** How action items across postmortems are shown over HTTP. */
import { z } from 'zod';
import { actionItemSchema } from '../../core/postmortem.schema.js';
import type { ActionItemRow } from '../../store/store.types.js';

/** An action item with the postmortem it belongs to and the key that addresses it in PATCH. */
export const actionItemRowSchema = z
  .object({
    postmortemId: z.string(),
    postmortemTitle: z.string(),
    key: z.string().describe('The item\u2019s id, or its 0-based position when it has none: the {key} of PATCH.'),
    index: z.number().int(),
    item: actionItemSchema,
  })
  .meta({ id: 'ActionItemRow' });

/** The JSON of one action-item row. */
export function actionItemRowView(row: ActionItemRow): z.infer<typeof actionItemRowSchema> {
  return { postmortemId: row.postmortemId, postmortemTitle: row.postmortemTitle, key: row.item.id ?? String(row.index), index: row.index, item: row.item };
}
