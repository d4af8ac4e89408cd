import type { ExpressionBuilder } from 'kysely'

import type { Database } from '@/db/types'

// A begeleider reaches the groups they guide; used in every group query.
export function groepAccess(
  eb: ExpressionBuilder<Database, 'groepen'>,
  actorId: string,
) {
  return eb.exists(
    eb
      .selectFrom('groep_begeleiders')
      .select('groep_begeleiders.user_id')
      .whereRef('groep_begeleiders.groep_id', '=', 'groepen.id')
      .where('groep_begeleiders.user_id', '=', actorId),
  )
}
