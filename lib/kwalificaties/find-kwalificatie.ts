import 'server-only'

import { getDb } from '@/lib/db'
import { notFoundError } from '@/lib/errors'
import { isUuid } from '@/lib/periodes/access'
import { findBeheerSchoolIdOrThrow } from '@/lib/users/find-beheer-school'

import { kwalificatieAccess } from './access'

type Activiteit = {
  id: string
  omschrijving: string
  version: number
  isInGebruik: boolean
}

type Werkproces = {
  id: string
  code: string
  titel: string
  activiteiten: Activiteit[]
}

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

  const werkprocessen = await db
    .selectFrom('werkprocessen')
    .innerJoin('kerntaken', 'kerntaken.id', 'werkprocessen.kerntaak_id')
    .select([
      'werkprocessen.id',
      'werkprocessen.code',
      'werkprocessen.titel',
      'kerntaken.id as kerntaakId',
      'kerntaken.code as kerntaakCode',
      'kerntaken.titel as kerntaakTitel',
    ])
    .where('kerntaken.kwalificatie_id', '=', kwalificatieId)
    .orderBy('kerntaken.volgorde')
    .orderBy('werkprocessen.volgorde')
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

  const kerntaken = new Map<
    string,
    { id: string; code: string; titel: string; werkprocessen: Werkproces[] }
  >()

  for (const row of werkprocessen) {
    const kerntaak = kerntaken.get(row.kerntaakId) ?? {
      id: row.kerntaakId,
      code: row.kerntaakCode,
      titel: row.kerntaakTitel,
      werkprocessen: [],
    }
    kerntaak.werkprocessen.push({
      id: row.id,
      code: row.code,
      titel: row.titel,
      activiteiten: activiteiten
        .filter((activiteit) => activiteit.werkprocesId === row.id)
        .map(({ id, omschrijving, version, isInGebruik }) => ({
          id,
          omschrijving,
          version,
          isInGebruik,
        })),
    })
    kerntaken.set(row.kerntaakId, kerntaak)
  }

  return {
    ...kwalificatie,
    isEigen: kwalificatie.schoolId !== null,
    kerntaken: [...kerntaken.values()],
  }
}
