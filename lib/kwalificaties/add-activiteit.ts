import 'server-only'

import { withAudit } from '@/lib/db'
import { AppError, notFoundError } from '@/lib/errors'
import { isUuid } from '@/lib/periodes/access'
import { findBeheerSchoolIdOrThrow } from '@/lib/users/find-beheer-school'

import { kwalificatieAccess } from './access'
import { parseOmschrijving } from './activiteit-schema'

// Adds an activiteit of the beheerder's school at the end of a werkproces.
export async function addActiviteit({
  actorId,
  werkprocesId,
  omschrijving,
}: {
  actorId: string
  werkprocesId: string
  omschrijving: string
}) {
  const parsed = parseOmschrijving(omschrijving)

  if (!parsed.ok) {
    throw new AppError('INVALID', parsed.message, {
      omschrijving: [parsed.message],
    })
  }
  if (!isUuid(werkprocesId)) {
    throw notFoundError()
  }

  return withAudit({ actorId, action: 'activiteit.add' }, async (trx) => {
    const schoolId = await findBeheerSchoolIdOrThrow(trx, { actorId })
    const werkproces = await trx
      .selectFrom('werkprocessen')
      .innerJoin('kerntaken', 'kerntaken.id', 'werkprocessen.kerntaak_id')
      .innerJoin(
        'kwalificaties',
        'kwalificaties.id',
        'kerntaken.kwalificatie_id',
      )
      .select('werkprocessen.id')
      .where('werkprocessen.id', '=', werkprocesId)
      .where((eb) => kwalificatieAccess(eb, schoolId))
      // Two adds at once get different places in the order.
      .forNoKeyUpdate('werkprocessen')
      .executeTakeFirst()

    if (!werkproces) {
      throw notFoundError()
    }

    const { laatste } = await trx
      .selectFrom('activiteiten')
      .select((eb) => eb.fn.max('volgorde').as('laatste'))
      .where('werkproces_id', '=', werkprocesId)
      .where('school_id', '=', schoolId)
      .executeTakeFirstOrThrow()
    const { id } = await trx
      .insertInto('activiteiten')
      .values({
        werkproces_id: werkprocesId,
        school_id: schoolId,
        omschrijving: parsed.omschrijving,
        volgorde: (laatste ?? 0) + 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow()

    return id
  })
}
