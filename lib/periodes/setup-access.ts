import 'server-only'

import { sql } from 'kysely'

import type { Section } from '@/lib/auth/roles'
import type { Trx } from '@/lib/db'
import { conflictError, notFoundError, periodeStartedError } from '@/lib/errors'
import { periodeAfgeslotenError } from '@/lib/meetmomenten/load-own-meetmoment'

import { isUuid, periodeAccess } from './access'
import { getPeriodeStatus } from './closing'
import { canChangeSetup } from './setup-rules'

// Sections from which a periode's set-up may be changed: the student's own
// and the begeleider's. The others answer as if the periode did not exist.
export type SetupSection = Extract<Section, 'student' | 'begeleider'>

export function isSetupSection(section: Section): section is SetupSection {
  return section === 'student' || section === 'begeleider'
}

// Whether work has started, as the database's setup-lock triggers decide it.
export const hasWorkStarted = sql<boolean>`periode_work_started(praktijkperiodes.id)`

// Locks a periode the actor may set up, for the rest of the transaction;
// refuses once work started in it or it closed, and, given the `version`
// a form was loaded with, when someone changed it since.
export async function lockPeriodeForSetupOrThrow(
  trx: Trx,
  {
    actorId,
    section,
    periodeId,
    version,
  }: {
    actorId: string
    section: Section
    periodeId: string
    version?: number
  },
) {
  if (!isSetupSection(section) || !isUuid(periodeId)) {
    throw notFoundError()
  }

  const periode = await trx
    .selectFrom('praktijkperiodes')
    .select([
      'id',
      'school_id as schoolId',
      'student_id as studentId',
      'kwalificatie_id as kwalificatieId',
      'locatie',
      'leerbedrijf_id as leerbedrijfId',
      'praktijkopleider_id as praktijkopleiderId',
      'beoordelaar_id as beoordelaarId',
      'begeleider_id as begeleiderId',
      'startdatum',
      'einddatum',
      'version',
      hasWorkStarted.as('hasWorkStarted'),
    ])
    .where('id', '=', periodeId)
    .where((eb) => periodeAccess(eb, { actorId, section }))
    .forUpdate()
    .executeTakeFirst()

  if (!periode) {
    throw notFoundError()
  }

  const status = getPeriodeStatus(periode)
  if (!canChangeSetup({ status, hasWorkStarted: periode.hasWorkStarted })) {
    throw status === 'afgesloten'
      ? periodeAfgeslotenError()
      : periodeStartedError()
  }
  if (version !== undefined && periode.version !== version) {
    throw conflictError()
  }

  return periode
}
