import 'server-only'

import { withAudit } from '@/lib/db'
import { AppError, conflictError } from '@/lib/errors'

import { loadOwnMeetmomentForUpdate } from './load-own-meetmoment'
import {
  findEmptyReflectieVelden,
  REFLECTIE_VRAGEN,
  type ReflectieInhoud,
} from './rules'

// Opslaan keeps the reflectie editable; vastleggen (isFinal) needs every
// question answered and makes it definitive. `version` is 0 before the
// first save.
export async function saveReflectie({
  actorId,
  meetmomentId,
  version,
  inhoud,
  isFinal,
}: {
  actorId: string
  meetmomentId: string
  version: number
  inhoud: ReflectieInhoud
  isFinal: boolean
}) {
  const action = isFinal ? 'reflectie.finalize' : 'reflectie.save'

  return withAudit({ actorId, action }, async (trx) => {
    const meetmoment = await loadOwnMeetmomentForUpdate(trx, {
      actorId,
      meetmomentId,
    })

    if (!meetmoment.vastgelegdOp) {
      throw new AppError(
        'INVALID',
        'Je schrijft de reflectie nadat je de zelfevaluatie hebt vastgelegd.',
      )
    }

    const existing = await trx
      .selectFrom('reflecties')
      .select(['version', 'vastgelegd_op'])
      .where('meetmoment_id', '=', meetmoment.id)
      .executeTakeFirst()

    if (existing?.vastgelegd_op) {
      throw new AppError(
        'LOCKED',
        'Deze reflectie is vastgelegd en kan niet meer worden gewijzigd.',
      )
    }
    if ((existing?.version ?? 0) !== version) {
      throw conflictError()
    }

    const empty = findEmptyReflectieVelden(inhoud)

    if (isFinal && empty.length > 0) {
      throw new AppError(
        'INVALID',
        'Vul alle vragen van de reflectie in voordat je vastlegt.',
        Object.fromEntries(
          empty.map((veld) => [
            veld,
            [`Beantwoord de vraag "${REFLECTIE_VRAGEN[veld]}"`],
          ]),
        ),
      )
    }

    const now = new Date()
    const values = {
      wat_ging_goed: inhoud.watGingGoed,
      wat_was_lastig: inhoud.watWasLastig,
      wat_geleerd: inhoud.watGeleerd,
      volgende_stap: inhoud.volgendeStap,
      vastgelegd_op: isFinal ? now : null,
      version: version + 1,
      updated_at: now,
    }

    if (existing) {
      await trx
        .updateTable('reflecties')
        .set(values)
        .where('meetmoment_id', '=', meetmoment.id)
        .execute()
    } else {
      await trx
        .insertInto('reflecties')
        .values({ meetmoment_id: meetmoment.id, ...values })
        .execute()
    }

    return { version: version + 1, isVastgelegd: isFinal }
  })
}
