import type { Kysely, Transaction } from 'kysely'

import type { Database } from '@/db/types'

import type { KwalificatieDossier } from './parse-kwalificatie'

// Writes one dossier version with its kerntaken and werkprocessen, in the
// caller's transaction. Returns the ids of the werkprocessen by code.
export async function insertDossier(
  trx: Kysely<Database> | Transaction<Database>,
  {
    dossier,
    schoolId,
  }: { dossier: KwalificatieDossier; schoolId: string | null },
) {
  const { id: kwalificatieId } = await trx
    .insertInto('kwalificaties')
    .values({
      school_id: schoolId,
      crebo: dossier.crebo,
      naam: dossier.naam,
      niveau: dossier.niveau,
      versie: dossier.versie,
      geldig_vanaf: dossier.geldigVanaf,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const werkprocesIds: Record<string, string> = {}

  for (const [k, kerntaak] of dossier.kerntaken.entries()) {
    const { id: kerntaakId } = await trx
      .insertInto('kerntaken')
      .values({
        kwalificatie_id: kwalificatieId,
        code: kerntaak.code,
        titel: kerntaak.titel,
        volgorde: k + 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const inserted = await trx
      .insertInto('werkprocessen')
      .values(
        kerntaak.werkprocessen.map((werkproces, w) => ({
          kerntaak_id: kerntaakId,
          code: werkproces.code,
          titel: werkproces.titel,
          volgorde: w + 1,
        })),
      )
      .returning(['id', 'code'])
      .execute()

    for (const { id, code } of inserted) {
      werkprocesIds[code] = id
    }
  }

  return { kwalificatieId, werkprocesIds }
}
