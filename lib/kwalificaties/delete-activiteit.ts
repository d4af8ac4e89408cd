import 'server-only'

import { withAudit } from '@/lib/db'
import { notFoundError } from '@/lib/errors'
import { isUuid } from '@/lib/periodes/access'
import {
  isActiviteitInGebruik,
  activiteitInGebruikError,
} from './activiteit-in-gebruik'
import { findBeheerSchoolIdOrThrow } from '@/lib/users/find-beheer-school'

// Deletes an activiteit of the beheerder's own school, unless a meetmoment
// has rated it: those ratings keep pointing at it.
export async function deleteActiviteit({
  actorId,
  activiteitId,
}: {
  actorId: string
  activiteitId: string
}) {
  if (!isUuid(activiteitId)) {
    throw notFoundError()
  }

  try {
    await withAudit({ actorId, action: 'activiteit.delete' }, async (trx) => {
      const schoolId = await findBeheerSchoolIdOrThrow(trx, { actorId })
      const activiteit = await trx
        .selectFrom('activiteiten')
        .select((eb) => [
          'activiteiten.id',
          isActiviteitInGebruik(eb).as('isInGebruik'),
        ])
        .where('activiteiten.id', '=', activiteitId)
        .where('activiteiten.school_id', '=', schoolId)
        .forUpdate()
        .executeTakeFirst()

      if (!activiteit) {
        throw notFoundError()
      }
      if (activiteit.isInGebruik) {
        throw activiteitInGebruikError()
      }

      await trx
        .deleteFrom('activiteiten')
        .where('id', '=', activiteitId)
        .execute()
    })
  } catch (error) {
    // A score saved between the check and the delete: the foreign key says no.
    if ((error as { code?: string })?.code === '23503') {
      throw activiteitInGebruikError()
    }
    throw error
  }
}
