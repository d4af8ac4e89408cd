import 'server-only'

import { getDb } from '@/lib/db'
import { notFoundError } from '@/lib/errors'
import { isUuid } from '@/lib/periodes/access'
import { findBeheerSchoolIdOrThrow } from '@/lib/users/find-beheer-school'
import { compareDutchNames } from '@/lib/users/sort-names'

export type LeerbedrijfDetail = Awaited<
  ReturnType<typeof findLeerbedrijfOrThrow>
>

// One leerbedrijf of the national register with its praktijkopleiders, in
// Dutch name order, for a beheerder.
export async function findLeerbedrijfOrThrow({
  actorId,
  leerbedrijfId,
}: {
  actorId: string
  leerbedrijfId: string
}) {
  const db = getDb()
  await findBeheerSchoolIdOrThrow(db, { actorId })

  if (!isUuid(leerbedrijfId)) {
    throw notFoundError()
  }

  const leerbedrijf = await db
    .selectFrom('leerbedrijven')
    .select([
      'id',
      'leerbedrijf_id as leerbedrijfId',
      'naam',
      'adres',
      'postcode',
      'plaats',
      'kvk_nummer as kvkNummer',
      'stagemarkt_code as stagemarktCode',
    ])
    .where('id', '=', leerbedrijfId)
    .executeTakeFirst()

  if (!leerbedrijf) {
    throw notFoundError()
  }

  const opleiders = await db
    .selectFrom('leerbedrijf_opleiders')
    .innerJoin('users', 'users.id', 'leerbedrijf_opleiders.user_id')
    .select([
      'users.id',
      'users.email',
      'users.voornaam',
      'users.tussenvoegsel',
      'users.achternaam',
      'leerbedrijf_opleiders.is_sbb_geregistreerd as isSbbGeregistreerd',
    ])
    .where('leerbedrijf_opleiders.leerbedrijf_id', '=', leerbedrijfId)
    .execute()

  return { ...leerbedrijf, opleiders: opleiders.sort(compareDutchNames) }
}
