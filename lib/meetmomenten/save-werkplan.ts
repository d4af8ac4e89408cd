import 'server-only'

import { withAudit } from '@/lib/db'
import { conflictError } from '@/lib/errors'

import {
  loadOwnMeetmomentForUpdate,
  vastgelegdError,
} from './load-own-meetmoment'

export async function saveWerkplan({
  actorId,
  meetmomentId,
  version,
  afspraken,
  acties,
}: {
  actorId: string
  meetmomentId: string
  version: number
  afspraken: string
  acties: string
}) {
  return withAudit({ actorId, action: 'werkplan.save' }, async (trx) => {
    const meetmoment = await loadOwnMeetmomentForUpdate(trx, {
      actorId,
      meetmomentId,
    })

    if (meetmoment.vastgelegdOp) {
      throw vastgelegdError()
    }
    if (meetmoment.version !== version) {
      throw conflictError()
    }

    await trx
      .updateTable('meetmomenten')
      .set({
        werkplan_afspraken: afspraken,
        werkplan_acties: acties,
        version: version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', meetmoment.id)
      .execute()

    return { version: version + 1 }
  })
}
