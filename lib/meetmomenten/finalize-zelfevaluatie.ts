import 'server-only'

import { withAudit } from '@/lib/db'
import { AppError } from '@/lib/errors'

import {
  loadOwnMeetmomentForUpdate,
  vastgelegdError,
} from './load-own-meetmoment'
import { findUnratedWerkprocessen } from './rules'

// Vastleggen: definitive once every selected werkproces has a saved score.
// The row lock makes racing requests wait; the loser sees it vastgelegd.
export async function finalizeZelfevaluatie({
  actorId,
  meetmomentId,
}: {
  actorId: string
  meetmomentId: string
}) {
  return withAudit(
    { actorId, action: 'zelfevaluatie.finalize' },
    async (trx) => {
      const meetmoment = await loadOwnMeetmomentForUpdate(trx, {
        actorId,
        meetmomentId,
      })

      if (meetmoment.vastgelegdOp) {
        throw vastgelegdError()
      }

      const werkprocessen = await trx
        .selectFrom('periode_werkprocessen')
        .innerJoin(
          'werkprocessen',
          'werkprocessen.id',
          'periode_werkprocessen.werkproces_id',
        )
        .innerJoin('kerntaken', 'kerntaken.id', 'werkprocessen.kerntaak_id')
        .select(['werkprocessen.id', 'werkprocessen.code'])
        .where(
          'periode_werkprocessen.praktijkperiode_id',
          '=',
          meetmoment.periodeId,
        )
        .orderBy('kerntaken.volgorde')
        .orderBy('werkprocessen.volgorde')
        .execute()
      const scores = await trx
        .selectFrom('meetmoment_scores')
        .select('werkproces_id as werkprocesId')
        .where('meetmoment_id', '=', meetmoment.id)
        .where('activiteit_id', 'is', null)
        .execute()
      const unrated = findUnratedWerkprocessen(werkprocessen, scores)

      if (unrated.length > 0) {
        throw new AppError(
          'INVALID',
          'Vastleggen kan pas als je elk werkproces hebt beoordeeld en ' +
            'opgeslagen. Nog niet opgeslagen: ' +
            unrated.map((werkproces) => werkproces.code).join(', ') +
            '.',
        )
      }

      const vastgelegdOp = new Date()
      await trx
        .updateTable('meetmomenten')
        .set({
          vastgelegd_op: vastgelegdOp,
          version: meetmoment.version + 1,
          updated_at: vastgelegdOp,
        })
        .where('id', '=', meetmoment.id)
        .where('vastgelegd_op', 'is', null)
        .execute()

      return { vastgelegdOp }
    },
  )
}
