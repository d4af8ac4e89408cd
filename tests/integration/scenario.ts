import { randomUUID } from 'node:crypto'

import type { Role } from '@/db/types'
import { addDays } from '@/lib/dates'
import { getDb } from '@/lib/db'
import { todayInAmsterdam } from '@/lib/periodes/closing'

// Every test builds its own school, people and periodes, with unique
// addresses, so tests never depend on each other or on the demo seed.

export async function createUser(schoolId: string | null, roles: Role[]) {
  const db = getDb()
  const { id } = await db
    .insertInto('users')
    .values({
      email: `${randomUUID()}@test.nl`,
      voornaam: 'Test',
      achternaam: roles.join('-'),
      school_id: schoolId,
      password_hash: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()

  for (const role of roles) {
    await db
      .insertInto('user_roles')
      .values({ user_id: id, role, school_id: schoolId })
      .execute()
  }

  return id
}

export async function createScenario() {
  const db = getDb()
  const today = todayInAmsterdam()
  const { id: schoolId } = await db
    .insertInto('scholen')
    .values({ naam: `School ${randomUUID()}`, brin: null })
    .returning('id')
    .executeTakeFirstOrThrow()
  const { id: otherSchoolId } = await db
    .insertInto('scholen')
    .values({ naam: `School ${randomUUID()}`, brin: null })
    .returning('id')
    .executeTakeFirstOrThrow()
  const { id: kwalificatieId } = await db
    .insertInto('kwalificaties')
    .values({
      school_id: schoolId,
      crebo: '25998',
      naam: 'Software developer',
      niveau: 4,
      versie: randomUUID(),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const { id: kerntaakId } = await db
    .insertInto('kerntaken')
    .values({
      kwalificatie_id: kwalificatieId,
      code: 'B1-K1',
      titel: 'Realiseert software',
      volgorde: 1,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const werkprocesIds: string[] = []
  for (const volgorde of [1, 2, 3]) {
    const { id } = await db
      .insertInto('werkprocessen')
      .values({
        kerntaak_id: kerntaakId,
        code: `B1-K1-W${volgorde}`,
        titel: `Werkproces ${volgorde}`,
        volgorde,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    werkprocesIds.push(id)
  }

  const studentId = await createUser(schoolId, ['student'])
  const otherStudentId = await createUser(schoolId, ['student'])
  const opleiderId = await createUser(null, ['praktijkopleider'])
  const otherOpleiderId = await createUser(null, ['praktijkopleider'])
  const begeleiderId = await createUser(schoolId, ['bpv_begeleider'])
  const groepBegeleiderId = await createUser(schoolId, ['bpv_begeleider'])
  const beheerderId = await createUser(schoolId, ['beheerder'])
  const otherBeheerderId = await createUser(otherSchoolId, ['beheerder'])

  const { id: groepId } = await db
    .insertInto('groepen')
    .values({
      school_id: schoolId,
      naam: 'Testgroep',
      groepscode: randomUUID().slice(0, 12),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await db
    .insertInto('groep_begeleiders')
    .values({ groep_id: groepId, user_id: groepBegeleiderId })
    .execute()
  await db
    .insertInto('groep_studenten')
    .values({ groep_id: groepId, user_id: studentId })
    .execute()

  async function createPeriode(
    student: string,
    { startdatum, einddatum }: { startdatum: string; einddatum: string },
  ) {
    const { id } = await db
      .insertInto('praktijkperiodes')
      .values({
        school_id: schoolId,
        student_id: student,
        begeleider_id: begeleiderId,
        kwalificatie_id: kwalificatieId,
        locatie: 'leerbedrijf',
        praktijkopleider_id: opleiderId,
        startdatum,
        einddatum,
        created_by: begeleiderId,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await db
      .insertInto('periode_werkprocessen')
      .values(
        werkprocesIds.map((werkprocesId) => ({
          praktijkperiode_id: id,
          werkproces_id: werkprocesId,
        })),
      )
      .execute()

    return id
  }

  const open = {
    startdatum: addDays(today, -10),
    einddatum: addDays(today, 60),
  }
  const periodeId = await createPeriode(studentId, open)
  const otherPeriodeId = await createPeriode(otherStudentId, open)
  const closedPeriodeId = await createPeriode(studentId, {
    startdatum: addDays(today, -90),
    einddatum: today,
  })

  return {
    schoolId,
    otherSchoolId,
    kwalificatieId,
    kerntaakId,
    werkprocesIds,
    studentId,
    otherStudentId,
    opleiderId,
    otherOpleiderId,
    begeleiderId,
    groepBegeleiderId,
    beheerderId,
    otherBeheerderId,
    periodeId,
    otherPeriodeId,
    closedPeriodeId,
  }
}

export type Scenario = Awaited<ReturnType<typeof createScenario>>
