import type { ExpressionBuilder } from 'kysely'

import type { Database } from '@/db/types'

// Whether a user holds any role: only then is an account approved or
// invited, and its password its owner's.
export function hasAnyRole(eb: ExpressionBuilder<Database, 'users'>) {
  return eb.exists(
    eb
      .selectFrom('user_roles')
      .select('user_roles.id')
      .whereRef('user_roles.user_id', '=', 'users.id'),
  )
}
