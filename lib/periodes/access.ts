import type { ExpressionBuilder } from 'kysely'

import type { Database } from '@/db/types'
import type { Section } from '@/lib/auth/roles'

// Which praktijkperiodes a user reaches from one section of the site. Every
// query on a periode or its contents puts this in its WHERE clause, so a
// forbidden row is never read and answers like a missing one.
export function periodeAccess(
  eb: ExpressionBuilder<Database, 'praktijkperiodes'>,
  { actorId, section }: { actorId: string; section: Section },
) {
  switch (section) {
    case 'student':
      return eb('praktijkperiodes.student_id', '=', actorId)
    case 'praktijkopleider':
      return eb.or([
        eb('praktijkperiodes.praktijkopleider_id', '=', actorId),
        eb.and([
          eb('praktijkperiodes.locatie', '=', 'school'),
          eb('praktijkperiodes.beoordelaar_id', '=', actorId),
        ]),
      ])
    case 'begeleider':
      return eb.or([
        eb('praktijkperiodes.begeleider_id', '=', actorId),
        eb.exists(
          eb
            .selectFrom('groep_studenten')
            .innerJoin(
              'groep_begeleiders',
              'groep_begeleiders.groep_id',
              'groep_studenten.groep_id',
            )
            .innerJoin('groepen', 'groepen.id', 'groep_studenten.groep_id')
            .select('groep_studenten.user_id')
            .whereRef(
              'groep_studenten.user_id',
              '=',
              'praktijkperiodes.student_id',
            )
            .whereRef('groepen.school_id', '=', 'praktijkperiodes.school_id')
            .where('groep_studenten.status', '=', 'actief')
            .where('groep_begeleiders.user_id', '=', actorId),
        ),
      ])
    case 'beheer':
      return eb.exists(
        eb
          .selectFrom('user_roles')
          .select('user_roles.user_id')
          .whereRef('user_roles.school_id', '=', 'praktijkperiodes.school_id')
          .where('user_roles.role', '=', 'beheerder')
          .where('user_roles.user_id', '=', actorId),
      )
  }
}

const UUID_PATTERN =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

// Ids from URLs and forms; anything else is treated as a missing record.
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value)
}
