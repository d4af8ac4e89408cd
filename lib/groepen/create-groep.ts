import 'server-only'

import { withAudit } from '@/lib/db'
import { AppError } from '@/lib/errors'

import { generateGroepscode } from './groepscode'

export async function createGroep({
  actorId,
  naam,
  cohort,
  kwalificatieId,
}: {
  actorId: string
  naam: string
  cohort: string
  kwalificatieId: string | null
}) {
  return withAudit({ actorId, action: 'groep.create' }, async (trx) => {
    const role = await trx
      .selectFrom('user_roles')
      .select('school_id')
      .where('user_id', '=', actorId)
      .where('role', '=', 'bpv_begeleider')
      .where('school_id', 'is not', null)
      .executeTakeFirst()

    if (!role?.school_id) {
      throw new AppError(
        'FORBIDDEN',
        'Alleen een BPV-begeleider van een school kan een groep maken.',
      )
    }

    const { id } = await trx
      .insertInto('groepen')
      .values({
        school_id: role.school_id,
        kwalificatie_id: kwalificatieId,
        naam,
        cohort,
        groepscode: generateGroepscode(),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await trx
      .insertInto('groep_begeleiders')
      .values({ groep_id: id, user_id: actorId })
      .execute()

    return id
  })
}
