import 'server-only'

import { withAudit } from '@/lib/db'
import { notFoundError } from '@/lib/errors'
import { isUuid } from '@/lib/periodes/access'
import { findBeheerSchoolIdOrThrow } from '@/lib/users/find-beheer-school'

// Swaps an activiteit with its neighbour within its werkproces; at either
// end nothing changes.
export async function moveActiviteit({
  actorId,
  activiteitId,
  richting,
}: {
  actorId: string
  activiteitId: string
  richting: 'omhoog' | 'omlaag'
}) {
  if (!isUuid(activiteitId)) {
    throw notFoundError()
  }

  await withAudit({ actorId, action: 'activiteit.move' }, async (trx) => {
    const schoolId = await findBeheerSchoolIdOrThrow(trx, { actorId })
    const current = await trx
      .selectFrom('activiteiten')
      .select(['id', 'werkproces_id', 'volgorde'])
      .where('id', '=', activiteitId)
      .where('school_id', '=', schoolId)
      .forUpdate()
      .executeTakeFirst()

    if (!current) {
      throw notFoundError()
    }

    const isUp = richting === 'omhoog'
    const neighbour = await trx
      .selectFrom('activiteiten')
      .select(['id', 'volgorde'])
      .where('werkproces_id', '=', current.werkproces_id)
      .where('school_id', '=', schoolId)
      .where('volgorde', isUp ? '<' : '>', current.volgorde)
      .orderBy('volgorde', isUp ? 'desc' : 'asc')
      .limit(1)
      .forUpdate()
      .executeTakeFirst()

    if (!neighbour) {
      return
    }

    await trx
      .updateTable('activiteiten')
      .set({ volgorde: neighbour.volgorde })
      .where('id', '=', current.id)
      .execute()
    await trx
      .updateTable('activiteiten')
      .set({ volgorde: current.volgorde })
      .where('id', '=', neighbour.id)
      .execute()
  })
}
