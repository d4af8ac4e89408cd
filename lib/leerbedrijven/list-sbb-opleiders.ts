import 'server-only'

import type { Db, Trx } from '@/lib/db'
import { getDb } from '@/lib/db'
import { toPersonOptions } from '@/lib/users/sort-names'

// The praktijkopleiders of one leerbedrijf that SBB has registered: the
// only ones a student or begeleider may choose for a periode.
export async function listSbbOpleiders({
  leerbedrijfId,
  db = getDb(),
}: {
  leerbedrijfId: string
  db?: Db | Trx
}) {
  const rows = await db
    .selectFrom('leerbedrijf_opleiders')
    .innerJoin('users', 'users.id', 'leerbedrijf_opleiders.user_id')
    .select([
      'users.id',
      'users.voornaam',
      'users.tussenvoegsel',
      'users.achternaam',
    ])
    .where('leerbedrijf_opleiders.leerbedrijf_id', '=', leerbedrijfId)
    .where('leerbedrijf_opleiders.is_sbb_geregistreerd', '=', true)
    .where('users.is_blocked', '=', false)
    // Students never rate students, even when added here by mistake.
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('user_roles')
            .select('user_roles.id')
            .whereRef('user_roles.user_id', '=', 'users.id')
            .where('user_roles.role', '=', 'student'),
        ),
      ),
    )
    .execute()

  return toPersonOptions(rows)
}
