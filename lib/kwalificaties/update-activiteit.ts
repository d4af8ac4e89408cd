import 'server-only'

import { withAudit } from '@/lib/db'
import { AppError, conflictError, notFoundError } from '@/lib/errors'
import { isUuid } from '@/lib/periodes/access'
import { findBeheerSchoolIdOrThrow } from '@/lib/users/find-beheer-school'

import { parseOmschrijving } from './activiteit-schema'

// Rewords an activiteit of the beheerder's own school, if nobody changed it
// since it was read (`version`).
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
      .select('version')
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

    await trx
      .updateTable('activiteiten')
      .set({ omschrijving: parsed.omschrijving, version: version + 1 })
      .where('id', '=', activiteitId)
      .execute()

    return { version: version + 1 }
  })
}
