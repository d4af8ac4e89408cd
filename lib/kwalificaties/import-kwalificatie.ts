import 'server-only'

import { getDb, withAudit } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { findBeheerSchoolIdOrThrow } from '@/lib/users/find-beheer-school'

import { kwalificatieAccess } from './access'
import { insertDossier } from './insert-dossier'
import type { KwalificatieDossier } from './parse-kwalificatie'

// Adds one version of a kwalificatiedossier for the beheerder's school.
// Versions of one crebo live side by side; an existing version is never
// overwritten, because periodes point at it.
export async function importKwalificatie({
  actorId,
  dossier,
}: {
  actorId: string
  dossier: KwalificatieDossier
}) {
  const schoolId = await findBeheerSchoolIdOrThrow(getDb(), { actorId })

  return withAudit({ actorId, action: 'kwalificatie.import' }, async (trx) => {
    const existing = await trx
      .selectFrom('kwalificaties')
      .select('id')
      .where('crebo', '=', dossier.crebo)
      .where('versie', '=', dossier.versie)
      .where((eb) => kwalificatieAccess(eb, schoolId))
      .executeTakeFirst()

    if (existing) {
      throw new AppError(
        'CONFLICT',
        `Versie ${dossier.versie} van crebo ${dossier.crebo} bestaat al. ` +
          'Geef een nieuwe versie een eigen versienaam.',
      )
    }

    const { kwalificatieId } = await insertDossier(trx, { dossier, schoolId })

    return kwalificatieId
  })
}

// The dossiers a school can use: the national ones and its own imports.
export async function listKwalificaties({ actorId }: { actorId: string }) {
  const schoolId = await findBeheerSchoolIdOrThrow(getDb(), { actorId })

  return getDb()
    .selectFrom('kwalificaties')
    .select((eb) => [
      'kwalificaties.id',
      'kwalificaties.crebo',
      'kwalificaties.naam',
      'kwalificaties.niveau',
      'kwalificaties.versie',
      'kwalificaties.school_id as schoolId',
      eb
        .selectFrom('kerntaken')
        .innerJoin('werkprocessen', 'werkprocessen.kerntaak_id', 'kerntaken.id')
        .select((sub) => sub.fn.countAll<string>().as('n'))
        .whereRef('kerntaken.kwalificatie_id', '=', 'kwalificaties.id')
        .as('aantalWerkprocessen'),
    ])
    .where((eb) => kwalificatieAccess(eb, schoolId))
    .orderBy('crebo')
    .orderBy('versie', 'desc')
    .execute()
}
