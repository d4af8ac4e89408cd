import 'server-only'

import { getDb } from '@/lib/db'
import { notFoundError } from '@/lib/errors'
import { isUuid } from '@/lib/periodes/access'
import { findBeheerSchoolIdOrThrow } from '@/lib/users/find-beheer-school'

import {
  groupByKerntaak,
  selectWerkprocesRows,
} from '@/lib/periodes/group-by-kerntaak'

import { kwalificatieAccess } from './access'
import { isActiviteitInGebruik } from './activiteit-in-gebruik'

export type KwalificatieDetail = Awaited<
  ReturnType<typeof findKwalificatieOrThrow>
>

// One dossier version as a beheerder sees it: kerntaken, werkprocessen and
// the activiteiten of the beheerder's own school. Another school's dossier
// answers like a missing one.
export async function findKwalificatieOrThrow({
  actorId,
  kwalificatieId,
}: {
  actorId: string
  kwalificatieId: string
}) {
  const db = getDb()
  const schoolId = await findBeheerSchoolIdOrThrow(db, { actorId })

  if (!isUuid(kwalificatieId)) {
    throw notFoundError()
  }

  const kwalificatie = await db
    .selectFrom('kwalificaties')
    .select([
      'id',
      'crebo',
      'naam',
      'niveau',
      'versie',
      'geldig_vanaf as geldigVanaf',
      'school_id as schoolId',
    ])
    .where('id', '=', kwalificatieId)
    .where((eb) => kwalificatieAccess(eb, schoolId))
    .executeTakeFirst()

  if (!kwalificatie) {
    throw notFoundError()
  }

  const werkprocessen = await selectWerkprocesRows(db)
    .where('kerntaken.kwalificatie_id', '=', kwalificatieId)
    .execute()
  const activiteiten = await db
    .selectFrom('activiteiten')
    .innerJoin(
      'werkprocessen',
      'werkprocessen.id',
      'activiteiten.werkproces_id',
    )
    .innerJoin('kerntaken', 'kerntaken.id', 'werkprocessen.kerntaak_id')
    .select((eb) => [
      'activiteiten.id',
      'activiteiten.werkproces_id as werkprocesId',
      'activiteiten.omschrijving',
      'activiteiten.version',
      isActiviteitInGebruik(eb).as('isInGebruik'),
    ])
    .where('kerntaken.kwalificatie_id', '=', kwalificatieId)
    .where('activiteiten.school_id', '=', schoolId)
    .orderBy('activiteiten.volgorde')
    .orderBy('activiteiten.id')
    .execute()

  const kerntaken = groupByKerntaak(werkprocessen).map((kerntaak) => ({
    ...kerntaak,
    werkprocessen: kerntaak.werkprocessen.map((werkproces) => ({
      ...werkproces,
      activiteiten: activiteiten
        .filter((activiteit) => activiteit.werkprocesId === werkproces.id)
        .map(({ id, omschrijving, version, isInGebruik }) => ({
          id,
          omschrijving,
          version,
          isInGebruik,
        })),
    })),
  }))

  return {
    ...kwalificatie,
    isEigen: kwalificatie.schoolId !== null,
    kerntaken,
  }
}
