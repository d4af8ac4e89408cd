import 'server-only'

import { getDb } from '@/lib/db'
import { notFoundError } from '@/lib/errors'
import { isUuid } from '@/lib/periodes/access'
import { compareDutchNames } from '@/lib/users/sort-names'

import { groepAccess } from './access'

export type GroepDetail = Awaited<ReturnType<typeof findGroepOrThrow>>

export async function findGroepOrThrow({
  actorId,
  groepId,
}: {
  actorId: string
  groepId: string
}) {
  if (!isUuid(groepId)) {
    throw notFoundError()
  }

  const db = getDb()
  const groep = await db
    .selectFrom('groepen')
    .innerJoin('scholen', 'scholen.id', 'groepen.school_id')
    .leftJoin('kwalificaties', 'kwalificaties.id', 'groepen.kwalificatie_id')
    .select([
      'groepen.id',
      'groepen.naam',
      'groepen.cohort',
      'groepen.groepscode',
      'groepen.school_id as schoolId',
      'scholen.naam as schoolNaam',
      'kwalificaties.naam as kwalificatieNaam',
      'kwalificaties.crebo',
    ])
    .where('groepen.id', '=', groepId)
    .where((eb) => groepAccess(eb, actorId))
    .executeTakeFirst()

  if (!groep) {
    throw notFoundError()
  }

  const leden = await db
    .selectFrom('groep_studenten')
    .innerJoin('users', 'users.id', 'groep_studenten.user_id')
    .select([
      'users.id',
      'users.email',
      'users.voornaam',
      'users.tussenvoegsel',
      'users.achternaam',
      'users.password_hash',
      'groep_studenten.status',
      'groep_studenten.studentnummer',
      'groep_studenten.created_at as aangemeldOp',
      'users.email_confirmed_at as emailConfirmedAt',
    ])
    .where('groep_studenten.groep_id', '=', groepId)
    .where('groep_studenten.status', '!=', 'afgewezen')
    .execute()
  const sorted = leden
    .map(({ password_hash, ...lid }) => ({
      ...lid,
      heeftWachtwoord: password_hash !== null,
    }))
    .sort(compareDutchNames)

  return {
    ...groep,
    studenten: sorted.filter((lid) => lid.status === 'actief'),
    // A request counts once its owner has confirmed the address.
    aanvragen: sorted.filter(
      (lid) => lid.status === 'aangevraagd' && lid.emailConfirmedAt !== null,
    ),
  }
}
