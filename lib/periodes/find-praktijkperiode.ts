import 'server-only'

import type { Section } from '@/lib/auth/roles'
import { getDb } from '@/lib/db'
import { notFoundError } from '@/lib/errors'
import { fullName } from '@/lib/users/full-name'

import { isUuid } from './access'
import { getPeriodeStatus } from './closing'
import { groupByKerntaak, selectWerkprocesRows } from './group-by-kerntaak'
import { hasWorkStarted, isSetupSection } from './setup-access'
import { canChangeSetup, isPeriodeReady } from './setup-rules'
import { selectPeriodes } from './select-periodes'

export type { Kerntaak } from './group-by-kerntaak'

export type PraktijkperiodeDetail = Awaited<
  ReturnType<typeof findPraktijkperiodeOrThrow>
>

export async function findPraktijkperiodeOrThrow({
  actorId,
  section,
  periodeId,
}: {
  actorId: string
  section: Section
  periodeId: string
}) {
  if (!isUuid(periodeId)) {
    throw notFoundError()
  }

  const db = getDb()
  const periode = await selectPeriodes({ actorId, section })
    .leftJoin(
      'users as begeleider',
      'begeleider.id',
      'praktijkperiodes.begeleider_id',
    )
    .select([
      'praktijkperiodes.student_id as studentId',
      'praktijkperiodes.uren_afgesproken as urenAfgesproken',
      'kwalificaties.versie as kwalificatieVersie',
      'kwalificaties.niveau',
      'leerbedrijven.plaats as leerbedrijfPlaats',
      fullName('begeleider').as('begeleiderNaam'),
      'praktijkperiodes.school_id as schoolId',
      'praktijkperiodes.kwalificatie_id as kwalificatieId',
      'praktijkperiodes.begeleider_id as begeleiderId',
      'praktijkperiodes.praktijkopleider_id as praktijkopleiderId',
      'praktijkperiodes.beoordelaar_id as beoordelaarId',
      'praktijkperiodes.leerbedrijf_id as leerbedrijfId',
      'praktijkperiodes.version',
      hasWorkStarted.as('hasWorkStarted'),
    ])
    .where('praktijkperiodes.id', '=', periodeId)
    .executeTakeFirst()

  if (!periode) {
    throw notFoundError()
  }

  const werkprocessen = await selectWerkprocesRows(db)
    .innerJoin(
      'periode_werkprocessen',
      'periode_werkprocessen.werkproces_id',
      'werkprocessen.id',
    )
    .where('periode_werkprocessen.praktijkperiode_id', '=', periodeId)
    .execute()

  const status = getPeriodeStatus(periode)

  return {
    ...periode,
    status,
    isReady: isPeriodeReady(periode),
    canChangeSetup:
      isSetupSection(section) &&
      canChangeSetup({ status, hasWorkStarted: periode.hasWorkStarted }),
    praktijkopleiderNaam: periode.praktijkopleiderNaam || null,
    beoordelaarNaam: periode.beoordelaarNaam || null,
    begeleiderNaam: periode.begeleiderNaam || null,
    kerntaken: groupByKerntaak(werkprocessen),
  }
}
