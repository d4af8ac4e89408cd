import type { Kysely } from 'kysely'

import type { Database } from '@/db/types'
import { AppError } from '@/lib/errors'

// The school a beheerder manages; anyone else is refused. Takes the caller's
// connection, so it also runs inside a withAudit transaction.
export async function findBeheerSchoolIdOrThrow(
  db: Kysely<Database>,
  { actorId }: { actorId: string },
) {
  const role = await db
    .selectFrom('user_roles')
    .select('school_id')
    .where('user_id', '=', actorId)
    .where('role', '=', 'beheerder')
    .where('school_id', 'is not', null)
    .orderBy('created_at')
    .executeTakeFirst()

  if (!role?.school_id) {
    throw new AppError(
      'FORBIDDEN',
      'Dit kan alleen een beheerder van een school.',
    )
  }

  return role.school_id
}
