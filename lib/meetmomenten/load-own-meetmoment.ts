import 'server-only'

import type { Trx } from '@/lib/db'
import { isUuid } from '@/lib/periodes/access'
import { isPeriodeAfgesloten } from '@/lib/periodes/closing'
import { AppError, notFoundError } from '@/lib/errors'

// Locks and returns a meetmoment the student may still change: their own,
// in their own periode, which has not closed. Everything else is refused.
export async function loadOwnMeetmomentForUpdate(
  trx: Trx,
  { actorId, meetmomentId }: { actorId: string; meetmomentId: string },
) {
  if (!isUuid(meetmomentId)) {
    throw notFoundError()
  }

  const meetmoment = await trx
    .selectFrom('meetmomenten')
    .innerJoin(
      'praktijkperiodes',
      'praktijkperiodes.id',
      'meetmomenten.praktijkperiode_id',
    )
    .select([
      'meetmomenten.id',
      'meetmomenten.praktijkperiode_id as periodeId',
      'meetmomenten.version',
      'meetmomenten.vastgelegd_op as vastgelegdOp',
      'meetmomenten.werkplan_afspraken as afspraken',
      'meetmomenten.werkplan_acties as acties',
      'praktijkperiodes.startdatum',
      'praktijkperiodes.einddatum',
    ])
    .where('meetmomenten.id', '=', meetmomentId)
    .where('meetmomenten.soort', '=', 'zelfevaluatie')
    .where('meetmomenten.auteur_id', '=', actorId)
    .where('praktijkperiodes.student_id', '=', actorId)
    .forUpdate('meetmomenten')
    .executeTakeFirst()

  if (!meetmoment) {
    throw notFoundError()
  }
  if (isPeriodeAfgesloten(meetmoment)) {
    throw periodeAfgeslotenError()
  }

  return meetmoment
}

export function periodeAfgeslotenError() {
  return new AppError(
    'LOCKED',
    'Deze praktijkperiode is afgesloten. Je kunt er niets meer in wijzigen.',
  )
}

export function vastgelegdError() {
  return new AppError(
    'LOCKED',
    'Deze zelfevaluatie is vastgelegd en kan niet meer worden gewijzigd.',
  )
}
