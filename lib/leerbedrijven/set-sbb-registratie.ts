import 'server-only'

import { withAudit } from '@/lib/db'
import { notFoundError } from '@/lib/errors'
import { isUuid } from '@/lib/periodes/access'
import { findBeheerSchoolIdOrThrow } from '@/lib/users/find-beheer-school'

// Records whether SBB has registered a praktijkopleider of a leerbedrijf.
export async function setSbbRegistratie({
  actorId,
  leerbedrijfId,
  userId,
  isSbbGeregistreerd,
}: {
  actorId: string
  leerbedrijfId: string
  userId: string
  isSbbGeregistreerd: boolean
}) {
  if (!isUuid(leerbedrijfId) || !isUuid(userId)) {
    throw notFoundError()
  }

  await withAudit(
    {
      actorId,
      action: isSbbGeregistreerd
        ? 'leerbedrijf.opleider.sbb-registreren'
        : 'leerbedrijf.opleider.sbb-intrekken',
    },
    async (trx) => {
      await findBeheerSchoolIdOrThrow(trx, { actorId })

      const row = await trx
        .updateTable('leerbedrijf_opleiders')
        .set({ is_sbb_geregistreerd: isSbbGeregistreerd })
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
