import type { ExpressionBuilder } from 'kysely'

import type { Database } from '@/db/types'

// A school sees the national dossiers and its own imports; used in every
// query on a kwalificatie or its parts.
export function kwalificatieAccess(
  eb: ExpressionBuilder<Database, 'kwalificaties'>,
  schoolId: string,
) {
  return eb.or([
    eb('kwalificaties.school_id', '=', schoolId),
    eb('kwalificaties.school_id', 'is', null),
  ])
}
