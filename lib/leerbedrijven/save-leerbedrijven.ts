import 'server-only'

import { withAudit } from '@/lib/db'
import { fieldError } from '@/lib/errors'
import { findBeheerSchoolIdOrThrow } from '@/lib/users/find-beheer-school'

import type { ParsedLeerbedrijf } from './parse-leerbedrijven-csv'
import { toZoeknaam } from './search-text'

export type LeerbedrijfInput = Omit<ParsedLeerbedrijf, 'line'>

const BATCH = 1000

// Adds or updates leerbedrijven by their leerbedrijf-ID, in one
// transaction: a failed import changes nothing.
export async function saveLeerbedrijven({
  actorId,
  leerbedrijven,
  isNewOnly = false,
}: {
  actorId: string
  leerbedrijven: LeerbedrijfInput[]
  // "Toevoegen" by hand must not overwrite a company that has that ID.
  isNewOnly?: boolean
}) {
  return withAudit({ actorId, action: 'leerbedrijven.save' }, async (trx) => {
    // Leerbedrijven are national: any beheerder keeps the register.
    await findBeheerSchoolIdOrThrow(trx, { actorId })

    if (isNewOnly) {
      const taken = await trx
        .selectFrom('leerbedrijven')
        .select(['leerbedrijf_id', 'naam'])
        .where(
          'leerbedrijf_id',
          'in',
          leerbedrijven.map((row) => row.leerbedrijfId),
        )
        .executeTakeFirst()

      if (taken) {
        const message =
          `Leerbedrijf-ID ${taken.leerbedrijf_id} hoort al bij ${taken.naam}. ` +
          'Zoek dat leerbedrijf op om het te wijzigen.'
        throw fieldError('leerbedrijfId', message)
      }
    }

    // The last row wins when a file names one company twice.
    const unique = [
      ...new Map(leerbedrijven.map((row) => [row.leerbedrijfId, row])).values(),
    ]

    for (let start = 0; start < unique.length; start += BATCH) {
      await trx
        .insertInto('leerbedrijven')
        .values(
          unique.slice(start, start + BATCH).map((row) => ({
            leerbedrijf_id: row.leerbedrijfId,
            naam: row.naam,
            zoeknaam: toZoeknaam(row.naam),
            adres: row.adres,
            postcode: row.postcode,
            plaats: row.plaats,
            kvk_nummer: row.kvkNummer,
            stagemarkt_code: row.stagemarktCode,
          })),
        )
        .onConflict((oc) =>
          oc.column('leerbedrijf_id').doUpdateSet((eb) => ({
            naam: eb.ref('excluded.naam'),
            zoeknaam: eb.ref('excluded.zoeknaam'),
            adres: eb.ref('excluded.adres'),
            postcode: eb.ref('excluded.postcode'),
            plaats: eb.ref('excluded.plaats'),
            kvk_nummer: eb.ref('excluded.kvk_nummer'),
            stagemarkt_code: eb.ref('excluded.stagemarkt_code'),
          })),
        )
        .execute()
    }

    return unique.length
  })
}
