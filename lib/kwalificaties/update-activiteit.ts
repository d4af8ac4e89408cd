import 'server-only'

import { withAudit } from '@/lib/db'
import { AppError, conflictError, notFoundError } from '@/lib/errors'
import { isUuid } from '@/lib/periodes/access'
import { findBeheerSchoolIdOrThrow } from '@/lib/users/find-beheer-school'

import {
  activiteitInGebruikError,
  isActiviteitInGebruik,
} from './activiteit-in-gebruik'
import { parseOmschrijving } from './activiteit-schema'

// Rewords an activiteit of the beheerder's own school, if nobody changed it
// since it was read (`version`) and no meetmoment has rated it yet.
export async function updateActiviteit({
  actorId,
  activiteitId,
  version,
  omschrijving,
}: {
  actorId: string
  activiteitId: string
  version: number
  omschrijving: string
}) {
  const parsed = parseOmschrijving(omschrijving)

  if (!parsed.ok) {
    throw new AppError('INVALID', parsed.message, {
      omschrijving: [parsed.message],
    })
  }
  if (!isUuid(activiteitId)) {
    throw notFoundError()
  }

  return withAudit({ actorId, action: 'activiteit.update' }, async (trx) => {
    const schoolId = await findBeheerSchoolIdOrThrow(trx, { actorId })
    const current = await trx
      .selectFrom('activiteiten')
      .select((eb) => ['version', isActiviteitInGebruik(eb).as('isInGebruik')])
      .where('id', '=', activiteitId)
      .where('school_id', '=', schoolId)
      .forUpdate()
      .executeTakeFirst()

    if (!current) {
      throw notFoundError()
    }
    if (current.version !== version) {
      throw conflictError()
    }
    if (current.isInGebruik) {
      throw activiteitInGebruikError()
    }

    await trx
      .updateTable('activiteiten')
      .set({ omschrijving: parsed.omschrijving, version: version + 1 })
      .where('id', '=', activiteitId)
      .execute()

    return { version: version + 1 }
  })
}
