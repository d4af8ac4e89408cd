import 'server-only'

import type { Section } from '@/lib/auth/roles'
import { getDb } from '@/lib/db'
import { fullName } from '@/lib/users/full-name'

import { periodeAccess } from './access'

// The periodes a user reaches from a section, joined with the people and
// places that every list and detail page shows.
export function selectPeriodes({
  actorId,
  section,
}: {
  actorId: string
  section: Section
}) {
  return getDb()
    .selectFrom('praktijkperiodes')
    .innerJoin('users as student', 'student.id', 'praktijkperiodes.student_id')
    .innerJoin(
      'kwalificaties',
      'kwalificaties.id',
      'praktijkperiodes.kwalificatie_id',
    )
    .leftJoin(
      'leerbedrijven',
      'leerbedrijven.id',
      'praktijkperiodes.leerbedrijf_id',
    )
    .leftJoin(
      'users as opleider',
      'opleider.id',
      'praktijkperiodes.praktijkopleider_id',
    )
    .leftJoin(
      'users as beoordelaar',
      'beoordelaar.id',
      'praktijkperiodes.beoordelaar_id',
    )
    .select([
      'praktijkperiodes.id',
      'praktijkperiodes.startdatum',
      'praktijkperiodes.einddatum',
      'praktijkperiodes.locatie',
      'praktijkperiodes.praktijkopleider_id as praktijkopleiderId',
      'praktijkperiodes.beoordelaar_id as beoordelaarId',
      'kwalificaties.naam as kwalificatieNaam',
      'kwalificaties.crebo',
      'leerbedrijven.naam as leerbedrijfNaam',
      fullName('student').as('studentNaam'),
      fullName('opleider').as('praktijkopleiderNaam'),
      fullName('beoordelaar').as('beoordelaarNaam'),
    ])
    .where((eb) => periodeAccess(eb, { actorId, section }))
}
