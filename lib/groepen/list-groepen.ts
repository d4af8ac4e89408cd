import 'server-only'

import { getDb } from '@/lib/db'

import { groepAccess } from './access'

export type GroepListItem = Awaited<ReturnType<typeof listGroepen>>[number]

export async function listGroepen({ actorId }: { actorId: string }) {
  return getDb()
    .selectFrom('groepen')
    .leftJoin('kwalificaties', 'kwalificaties.id', 'groepen.kwalificatie_id')
    .select((eb) => [
      'groepen.id',
      'groepen.naam',
      'groepen.cohort',
      'groepen.groepscode',
      'kwalificaties.naam as kwalificatieNaam',
      'kwalificaties.crebo',
      eb
        .selectFrom('groep_studenten')
        .select((sub) => sub.fn.countAll<string>().as('n'))
        .whereRef('groep_studenten.groep_id', '=', 'groepen.id')
        .where('groep_studenten.status', '=', 'actief')
        .as('aantalStudenten'),
      eb
        .selectFrom('groep_studenten')
        .select((sub) => sub.fn.countAll<string>().as('n'))
        .whereRef('groep_studenten.groep_id', '=', 'groepen.id')
        .where('groep_studenten.status', '=', 'aangevraagd')
        .as('aantalAanvragen'),
    ])
    .where((eb) => groepAccess(eb, actorId))
    .orderBy('groepen.cohort', 'desc')
    .orderBy('groepen.naam')
    .execute()
}

// The kwalificaties a begeleider can attach to a new group.
export async function listKwalificatieOpties({ actorId }: { actorId: string }) {
  return getDb()
    .selectFrom('kwalificaties')
    .select(['id', 'naam', 'crebo', 'versie', 'niveau'])
    .where((eb) =>
      eb.or([
        eb('school_id', 'is', null),
        eb(
          'school_id',
          'in',
          eb
            .selectFrom('user_roles')
            .select('school_id')
            .where('user_id', '=', actorId)
            .where('role', '=', 'bpv_begeleider'),
        ),
      ]),
    )
    .orderBy('crebo')
    .orderBy('versie', 'desc')
    .execute()
}
