import 'server-only'

import type { Section } from '@/lib/auth/roles'
import { getDb } from '@/lib/db'
import { notFoundError } from '@/lib/errors'
import { isUuid, periodeAccess } from '@/lib/periodes/access'
import { fullName } from '@/lib/users/full-name'

export type MeetmomentDetail = Awaited<ReturnType<typeof findMeetmomentOrThrow>>

// One meetmoment with its scores and reflectie, if the user reaches its
// periode from this section.
export async function findMeetmomentOrThrow({
  actorId,
  section,
  periodeId,
  meetmomentId,
}: {
  actorId: string
  section: Section
  periodeId: string
  meetmomentId: string
}) {
  if (!isUuid(periodeId) || !isUuid(meetmomentId)) {
    throw notFoundError()
  }

  const db = getDb()
  const meetmoment = await db
    .selectFrom('meetmomenten')
    .innerJoin(
      'praktijkperiodes',
      'praktijkperiodes.id',
      'meetmomenten.praktijkperiode_id',
    )
    .innerJoin('users as auteur', 'auteur.id', 'meetmomenten.auteur_id')
    .select([
      'meetmomenten.id',
      'meetmomenten.soort',
      'meetmomenten.auteur_id as auteurId',
      'meetmomenten.werkplan_afspraken as afspraken',
      'meetmomenten.werkplan_acties as acties',
      'meetmomenten.version',
      'meetmomenten.created_at as createdAt',
      'meetmomenten.vastgelegd_op as vastgelegdOp',
      fullName('auteur').as('auteurNaam'),
    ])
    .where('meetmomenten.id', '=', meetmomentId)
    .where('meetmomenten.praktijkperiode_id', '=', periodeId)
    .where((eb) => periodeAccess(eb, { actorId, section }))
    .executeTakeFirst()

  if (!meetmoment) {
    throw notFoundError()
  }

  const scores = await db
    .selectFrom('meetmoment_scores')
    .select(['werkproces_id as werkprocesId', 'waarde', 'opmerking', 'version'])
    .where('meetmoment_id', '=', meetmoment.id)
    .where('activiteit_id', 'is', null)
    .execute()
  const reflectie = await db
    .selectFrom('reflecties')
    .select([
      'wat_ging_goed as watGingGoed',
      'wat_was_lastig as watWasLastig',
      'wat_geleerd as watGeleerd',
      'volgende_stap as volgendeStap',
      'vastgelegd_op as vastgelegdOp',
      'version',
    ])
    .where('meetmoment_id', '=', meetmoment.id)
    .executeTakeFirst()

  return { ...meetmoment, scores, reflectie: reflectie ?? null }
}
