import 'server-only'

import type { Schaalwaarde } from '@/db/types'
import { withAudit } from '@/lib/db'
import { conflictError, notFoundError } from '@/lib/errors'
import { isUuid } from '@/lib/periodes/access'

import {
  loadOwnMeetmomentForUpdate,
  vastgelegdError,
} from './load-own-meetmoment'

// Saves the student's rating of one werkproces. `version` is the version of
// the score the student saw (0 when there was none yet).
export async function saveZelfevaluatieScore({
  actorId,
  meetmomentId,
  werkprocesId,
  waarde,
  version,
}: {
  actorId: string
  meetmomentId: string
  werkprocesId: string
  waarde: Schaalwaarde
  version: number
}) {
  if (!isUuid(werkprocesId)) {
    throw notFoundError()
  }

  return withAudit({ actorId, action: 'zelfevaluatie.score' }, async (trx) => {
    const meetmoment = await loadOwnMeetmomentForUpdate(trx, {
      actorId,
      meetmomentId,
    })

    if (meetmoment.vastgelegdOp) {
      throw vastgelegdError()
    }

    const isSelected = await trx
      .selectFrom('periode_werkprocessen')
      .select('werkproces_id')
      .where('praktijkperiode_id', '=', meetmoment.periodeId)
      .where('werkproces_id', '=', werkprocesId)
      .executeTakeFirst()

    if (!isSelected) {
      throw notFoundError()
    }

    const existing = await trx
      .selectFrom('meetmoment_scores')
      .select(['id', 'version'])
      .where('meetmoment_id', '=', meetmoment.id)
      .where('werkproces_id', '=', werkprocesId)
      .where('activiteit_id', 'is', null)
      .executeTakeFirst()

    if ((existing?.version ?? 0) !== version) {
      throw conflictError()
    }

    if (existing) {
      await trx
        .updateTable('meetmoment_scores')
        .set({ waarde, version: version + 1, updated_at: new Date() })
        .where('id', '=', existing.id)
        .execute()
    } else {
      await trx
        .insertInto('meetmoment_scores')
        .values({
          meetmoment_id: meetmoment.id,
          werkproces_id: werkprocesId,
          waarde,
        })
        .execute()
    }

    return { version: version + 1 }
  })
}
