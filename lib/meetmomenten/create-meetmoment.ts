import 'server-only'

import { withAudit } from '@/lib/db'
import { AppError, notFoundError } from '@/lib/errors'
import { isUuid } from '@/lib/periodes/access'
import { isPeriodeAfgesloten } from '@/lib/periodes/closing'
import {
  isPeriodeReady,
  periodeNotReadyError,
} from '@/lib/periodes/setup-rules'

import { periodeAfgeslotenError } from './load-own-meetmoment'

// A student's new meetmoment starts with its werkplan. The form's request id
// makes a double submit return the first meetmoment instead of a second one.
export async function createMeetmoment({
  actorId,
  periodeId,
  requestId,
  afspraken,
  acties,
}: {
  actorId: string
  periodeId: string
  requestId: string
  afspraken: string
  acties: string
}) {
  if (!isUuid(periodeId)) {
    throw notFoundError()
  }

  return withAudit({ actorId, action: 'meetmoment.create' }, async (trx) => {
    const periode = await trx
      .selectFrom('praktijkperiodes')
      .select([
        'id',
        'startdatum',
        'einddatum',
        'locatie',
        'praktijkopleider_id as praktijkopleiderId',
        'beoordelaar_id as beoordelaarId',
      ])
      .where('id', '=', periodeId)
      .where('student_id', '=', actorId)
      .executeTakeFirst()

    if (!periode) {
      throw notFoundError()
    }
    if (isPeriodeAfgesloten(periode)) {
      throw periodeAfgeslotenError()
    }
    if (!isPeriodeReady(periode)) {
      throw periodeNotReadyError()
    }

    await trx
      .insertInto('meetmomenten')
      .values({
        praktijkperiode_id: periodeId,
        soort: 'zelfevaluatie',
        auteur_id: actorId,
        werkplan_afspraken: afspraken,
        werkplan_acties: acties,
        request_id: requestId,
      })
      .onConflict((oc) => oc.column('request_id').doNothing())
      .execute()

    const meetmoment = await trx
      .selectFrom('meetmomenten')
      .select(['id', 'praktijkperiode_id', 'auteur_id'])
      .where('request_id', '=', requestId)
      .executeTakeFirstOrThrow()

    if (
      meetmoment.auteur_id !== actorId ||
      meetmoment.praktijkperiode_id !== periodeId
    ) {
      throw new AppError('INVALID', 'Dit formulier is al gebruikt.')
    }

    return meetmoment.id
  })
}
