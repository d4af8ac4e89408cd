import 'server-only'

import type { Role } from '@/db/types'
import type { Db, Trx } from '@/lib/db'
import { getDb } from '@/lib/db'
import {
  compareDutchNames,
  formatFullName,
  toPersonOptions,
} from '@/lib/users/sort-names'

import { kwalificatieAccess } from '@/lib/kwalificaties/access'
import { listSbbOpleiders } from '@/lib/leerbedrijven/list-sbb-opleiders'

import { groupByKerntaak, selectWerkprocesRows } from './group-by-kerntaak'

// What the set-up forms offer, each list already limited to what the actor
// may choose: the same queries check a submitted choice again.

// The school a student works in: that of an active group, else the account's.
export async function findStudentSchoolId(db: Db | Trx, studentId: string) {
  const viaGroep = await db
    .selectFrom('groep_studenten')
    .innerJoin('groepen', 'groepen.id', 'groep_studenten.groep_id')
    .select(['groepen.school_id as schoolId', 'groepen.kwalificatie_id'])
    .where('groep_studenten.user_id', '=', studentId)
    .where('groep_studenten.status', '=', 'actief')
    .orderBy('groep_studenten.created_at', 'desc')
    .executeTakeFirst()

  if (viaGroep) {
    return {
      schoolId: viaGroep.schoolId,
      kwalificatieId: viaGroep.kwalificatie_id,
    }
  }

  const user = await db
    .selectFrom('users')
    .select('school_id')
    .where('id', '=', studentId)
    .executeTakeFirst()

  return user?.school_id
    ? { schoolId: user.school_id, kwalificatieId: null }
    : null
}

// The students in the groups a begeleider guides, with their group's school.
export async function listBegeleiderStudenten({
  actorId,
  db = getDb(),
}: {
  actorId: string
  db?: Db | Trx
}) {
  const rows = await db
    .selectFrom('groep_studenten')
    .innerJoin('groepen', 'groepen.id', 'groep_studenten.groep_id')
    .innerJoin(
      'groep_begeleiders',
      'groep_begeleiders.groep_id',
      'groep_studenten.groep_id',
    )
    .innerJoin('users', 'users.id', 'groep_studenten.user_id')
    .select([
      'users.id',
      'users.voornaam',
      'users.tussenvoegsel',
      'users.achternaam',
      'groepen.naam as groepNaam',
      'groepen.school_id as schoolId',
      'groepen.kwalificatie_id as kwalificatieId',
    ])
    .where('groep_begeleiders.user_id', '=', actorId)
    .where('groep_studenten.status', '=', 'actief')
    .execute()

  const unique = new Map(rows.map((row) => [row.id, row]))

  return [...unique.values()].sort(compareDutchNames).map((row) => ({
    id: row.id,
    naam: `${formatFullName(row)} (${row.groepNaam})`,
    schoolId: row.schoolId,
    kwalificatieId: row.kwalificatieId,
  }))
}

// Staff of one school in one role: the begeleiders a student may pick, or
// the beoordelaars for locatie school.
export async function listSchoolStaff({
  schoolId,
  role,
  db = getDb(),
}: {
  schoolId: string
  role: Extract<Role, 'bpv_begeleider' | 'bpv_beoordelaar'>
  db?: Db | Trx
}) {
  const rows = await db
    .selectFrom('user_roles')
    .innerJoin('users', 'users.id', 'user_roles.user_id')
    .select([
      'users.id',
      'users.voornaam',
      'users.tussenvoegsel',
      'users.achternaam',
    ])
    .distinct()
    .where('user_roles.role', '=', role)
    .where('user_roles.school_id', '=', schoolId)
    .where('users.is_blocked', '=', false)
    .execute()

  return toPersonOptions(rows)
}

// The kwalificaties a school works with: national dossiers and its own.
export async function listKwalificaties({
  schoolId,
  db = getDb(),
}: {
  schoolId: string
  db?: Db | Trx
}) {
  return db
    .selectFrom('kwalificaties')
    .select(['id', 'crebo', 'naam', 'versie', 'niveau'])
    .where((eb) => kwalificatieAccess(eb, schoolId))
    .orderBy('naam')
    .orderBy('crebo')
    .orderBy('versie', 'desc')
    .execute()
}

// One kwalificatie version with its kerntaken and werkprocessen, or null
// when the school cannot use it.
export async function findKwalificatieStructure({
  kwalificatieId,
  schoolId,
  db = getDb(),
}: {
  kwalificatieId: string
  schoolId: string
  db?: Db | Trx
}) {
  const kwalificatie = await db
    .selectFrom('kwalificaties')
    .select(['id', 'crebo', 'naam', 'versie', 'niveau'])
    .where('id', '=', kwalificatieId)
    .where((eb) => kwalificatieAccess(eb, schoolId))
    .executeTakeFirst()

  if (!kwalificatie) {
    return null
  }

  const rows = await selectWerkprocesRows(db)
    .where('kerntaken.kwalificatie_id', '=', kwalificatieId)
    .execute()

  return { ...kwalificatie, kerntaken: groupByKerntaak(rows) }
}

// A leerbedrijf picked from the search, with the praktijkopleiders that may
// be chosen there; null for an unknown id.
export async function findLeerbedrijfChoice({
  leerbedrijfId,
  db = getDb(),
}: {
  leerbedrijfId: string
  db?: Db | Trx
}) {
  const leerbedrijf = await db
    .selectFrom('leerbedrijven')
    .select(['id', 'naam', 'plaats', 'leerbedrijf_id as leerbedrijfNummer'])
    .where('id', '=', leerbedrijfId)
    .executeTakeFirst()

  if (!leerbedrijf) {
    return null
  }

  return {
    ...leerbedrijf,
    opleiders: await listSbbOpleiders({ leerbedrijfId, db }),
  }
}
