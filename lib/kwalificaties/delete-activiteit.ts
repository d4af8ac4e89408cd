import 'server-only'

import { withAudit } from '@/lib/db'
import { AppError, notFoundError } from '@/lib/errors'
import { isUuid } from '@/lib/periodes/access'
import { findBeheerSchoolIdOrThrow } from '@/lib/users/find-beheer-school'

function inGebruikError() {
  return new AppError(
    'CONFLICT',
    'Deze activiteit is al beoordeeld in een meetmoment en blijft daarom ' +
      'bestaan.',
  )
}

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
          eb
            .exists(
              eb
                .selectFrom('meetmoment_scores')
                .select('meetmoment_scores.id')
                .whereRef(
                  'meetmoment_scores.activiteit_id',
                  '=',
                  'activiteiten.id',
                ),
            )
            .$castTo<boolean>()
            .as('isInGebruik'),
        ])
        .where('activiteiten.id', '=', activiteitId)
        .where('activiteiten.school_id', '=', schoolId)
        .forUpdate()
        .executeTakeFirst()

      if (!activiteit) {
        throw notFoundError()
      }
      if (activiteit.isInGebruik) {
        throw inGebruikError()
      }

      await trx
        .deleteFrom('activiteiten')
        .where('id', '=', activiteitId)
        .execute()
    })
  } catch (error) {
    // A score saved between the check and the delete: the foreign key says no.
    if ((error as { code?: string })?.code === '23503') {
      throw inGebruikError()
    }
    throw error
  }
}
