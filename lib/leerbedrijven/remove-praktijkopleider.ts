import 'server-only'

import { withAudit } from '@/lib/db'
import { notFoundError } from '@/lib/errors'
import { isUuid } from '@/lib/periodes/access'
import { findBeheerSchoolIdOrThrow } from '@/lib/users/find-beheer-school'

// Unlinks a praktijkopleider from a leerbedrijf. The account stays, and so
// do the praktijkperiodes that already name them.
export async function removePraktijkopleider({
  actorId,
  leerbedrijfId,
  userId,
}: {
  actorId: string
  leerbedrijfId: string
  userId: string
}) {
  if (!isUuid(leerbedrijfId) || !isUuid(userId)) {
    throw notFoundError()
  }

  await withAudit(
    { actorId, action: 'leerbedrijf.opleider.remove' },
    async (trx) => {
      await findBeheerSchoolIdOrThrow(trx, { actorId })

      const row = await trx
        .deleteFrom('leerbedrijf_opleiders')
        .where('leerbedrijf_id', '=', leerbedrijfId)
        .where('user_id', '=', userId)
        .returning('user_id')
        .executeTakeFirst()

      if (!row) {
        throw notFoundError()
      }
    },
  )
}
