import 'server-only'

import type { Section } from '@/lib/auth/roles'
import { getDb } from '@/lib/db'
import { isUuid, periodeAccess } from '@/lib/periodes/access'
import { fullName } from '@/lib/users/full-name'

export type MeetmomentListItem = Awaited<
  ReturnType<typeof listMeetmomenten>
>[number]

// Every meetmoment of a periode, of either author, oldest first.
export async function listMeetmomenten({
  actorId,
  section,
  periodeId,
}: {
  actorId: string
  section: Section
  periodeId: string
}) {
  if (!isUuid(periodeId)) {
    return []
  }

  return getDb()
    .selectFrom('meetmomenten')
    .innerJoin(
      'praktijkperiodes',
      'praktijkperiodes.id',
      'meetmomenten.praktijkperiode_id',
    )
    .innerJoin('users as auteur', 'auteur.id', 'meetmomenten.auteur_id')
    .select((eb) => [
      'meetmomenten.id',
      'meetmomenten.soort',
      'meetmomenten.created_at as createdAt',
      'meetmomenten.vastgelegd_op as vastgelegdOp',
      fullName('auteur').as('auteurNaam'),
      eb
        .selectFrom('meetmoment_scores')
        .select((sub) => sub.fn.countAll<string>().as('n'))
        .whereRef('meetmoment_scores.meetmoment_id', '=', 'meetmomenten.id')
        .where('meetmoment_scores.activiteit_id', 'is', null)
        .as('aantalBeoordeeld'),
    ])
    .where('meetmomenten.praktijkperiode_id', '=', periodeId)
    .where((eb) => periodeAccess(eb, { actorId, section }))
    .orderBy('meetmomenten.created_at')
    .execute()
}
