import { sql, type Kysely } from 'kysely'

import { hashPassword } from '@/lib/auth/password'
import { insertDossier } from '@/lib/kwalificaties/insert-dossier'
import type { KwalificatieDossier } from '@/lib/kwalificaties/parse-kwalificatie'
import { toZoeknaam } from '@/lib/leerbedrijven/search-text'
import { addDays } from '@/lib/dates'
import { todayInAmsterdam } from '@/lib/periodes/closing'

import type { Database, Role } from './types'

export const DEMO_PASSWORD = 'Welkom-demo-1'

export const DEMO_ACCOUNTS: { email: string; description: string }[] = [
  {
    email: 'student@demo.nl',
    description: 'student (open en afgesloten periode)',
  },
  { email: 'opleider@demo.nl', description: 'praktijkopleider' },
  { email: 'begeleider@demo.nl', description: 'BPV-begeleider' },
  { email: 'beoordelaar@demo.nl', description: 'BPV-beoordelaar' },
  { email: 'beheer@demo.nl', description: 'beheerder' },
  { email: 'student2@demo.nl', description: 'tweede student (locatie school)' },
]

// Written with titles only; codes follow the dossier's numbering.
const DOSSIERS = [
  {
    crebo: '25998',
    naam: 'Software developer',
    niveau: 4,
    versie: '2024',
    geldigVanaf: '2024-08-01',
    kerntaken: [
      {
        code: 'B1-K1',
        titel: 'Realiseert software',
        werkprocessen: [
          'Stemt opdracht af, plant werkzaamheden en bewaakt de voortgang',
          'Maakt een technisch ontwerp voor software',
          'Realiseert (onderdelen van) software',
          'Test software',
          'Doet verbetervoorstellen voor de software',
        ],
      },
      {
        code: 'B1-K2',
        titel: 'Voert ICT-projecten uit',
        werkprocessen: [
          'Werkt samen in een projectteam',
          'Presenteert het opgeleverde werk',
          'Evalueert de samenwerking',
        ],
      },
    ],
  },
  {
    crebo: '25604',
    naam: 'Software developer',
    niveau: 4,
    versie: '2020',
    geldigVanaf: '2020-08-01',
    kerntaken: [
      {
        code: 'B1-K1',
        titel: 'Realiseert software',
        werkprocessen: [
          'Plant werkzaamheden en bewaakt de voortgang',
          'Ontwerpt software',
          'Realiseert (onderdelen van) software',
          'Test software',
          'Doet verbetervoorstellen voor de software',
        ],
      },
      {
        code: 'B1-K2',
        titel: 'Werkt in een ontwikkelteam',
        werkprocessen: [
          'Voert overleg',
          'Presenteert het opgeleverde werk',
          'Reflecteert op het werk',
        ],
      },
    ],
  },
]

type Trx = Kysely<Database>

function withCodes(dossier: (typeof DOSSIERS)[number]): KwalificatieDossier {
  return {
    ...dossier,
    kerntaken: dossier.kerntaken.map((kerntaak) => ({
      code: kerntaak.code,
      titel: kerntaak.titel,
      werkprocessen: kerntaak.werkprocessen.map((titel, index) => ({
        code: `${kerntaak.code}-W${index + 1}`,
        titel,
      })),
    })),
  }
}

async function insertUser(
  trx: Trx,
  {
    email,
    voornaam,
    tussenvoegsel = '',
    achternaam,
    schoolId,
    roles,
    passwordHash,
  }: {
    email: string
    voornaam: string
    tussenvoegsel?: string
    achternaam: string
    schoolId: string | null
    roles: Role[]
    passwordHash: string | null
  },
) {
  const { id } = await trx
    .insertInto('users')
    .values({
      email,
      voornaam,
      tussenvoegsel,
      achternaam,
      school_id: schoolId,
      password_hash: passwordHash,
      email_confirmed_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow()

  for (const role of roles) {
    await trx
      .insertInto('user_roles')
      .values({
        user_id: id,
        role,
        school_id: role === 'praktijkopleider' ? null : schoolId,
      })
      .execute()
  }

  return id
}

// Seeds one demo school when the database has none. Returns whether it did.
export async function seedDemoData(db: Kysely<Database>, now = new Date()) {
  const existing = await db
    .selectFrom('scholen')
    .select('id')
    .executeTakeFirst()

  if (existing) {
    return false
  }

  const passwordHash = await hashPassword(DEMO_PASSWORD)
  const today = todayInAmsterdam(now)

  await db.transaction().execute(async (trx) => {
    await sql`select set_config('app.action', 'seed.demo', true)`.execute(trx)

    const { id: schoolId } = await trx
      .insertInto('scholen')
      .values({ naam: 'Demo College', brin: '99XX' })
      .returning('id')
      .executeTakeFirstOrThrow()
    const sd2024 = await insertDossier(trx, {
      dossier: withCodes(DOSSIERS[0]),
      schoolId: null,
    })
    const sd2020 = await insertDossier(trx, {
      dossier: withCodes(DOSSIERS[1]),
      schoolId: null,
    })

    const leerbedrijven = await trx
      .insertInto('leerbedrijven')
      .values([
        {
          leerbedrijf_id: '100012345',
          naam: 'Codewerf B.V.',
          zoeknaam: toZoeknaam('Codewerf B.V.'),
          adres: 'Oudegracht 101',
          postcode: '3511 AB',
          plaats: 'Utrecht',
          kvk_nummer: '90000001',
        },
        {
          leerbedrijf_id: '100023456',
          naam: 'Pixelhaven',
          zoeknaam: toZoeknaam('Pixelhaven'),
          adres: 'Havenweg 12',
          postcode: '3812 CD',
          plaats: 'Amersfoort',
          kvk_nummer: '90000002',
        },
        {
          leerbedrijf_id: '100034567',
          naam: 'Datadijk Software',
          zoeknaam: toZoeknaam('Datadijk Software'),
          adres: 'Dijkstraat 7',
          postcode: '8011 EF',
          plaats: 'Zwolle',
          kvk_nummer: '90000003',
        },
      ])
      .returning(['id', 'leerbedrijf_id'])
      .execute()
    const codewerf = leerbedrijven[0].id

    const base = { schoolId, passwordHash }
    const studentId = await insertUser(trx, {
      ...base,
      email: 'student@demo.nl',
      voornaam: 'Sanne',
      tussenvoegsel: 'de',
      achternaam: 'Vries',
      roles: ['student'],
    })
    const student2Id = await insertUser(trx, {
      ...base,
      email: 'student2@demo.nl',
      voornaam: 'Daan',
      achternaam: 'Visser',
      roles: ['student'],
    })
    const opleiderId = await insertUser(trx, {
      ...base,
      schoolId: null,
      email: 'opleider@demo.nl',
      voornaam: 'Martijn',
      achternaam: 'Bakker',
      roles: ['praktijkopleider'],
    })
    const begeleiderId = await insertUser(trx, {
      ...base,
      email: 'begeleider@demo.nl',
      voornaam: 'Fatima',
      tussenvoegsel: 'el',
      achternaam: 'Amrani',
      roles: ['bpv_begeleider'],
    })
    const beoordelaarId = await insertUser(trx, {
      ...base,
      email: 'beoordelaar@demo.nl',
      voornaam: 'Peter',
      tussenvoegsel: 'van',
      achternaam: 'Dijk',
      roles: ['bpv_beoordelaar'],
    })
    await insertUser(trx, {
      ...base,
      email: 'beheer@demo.nl',
      voornaam: 'Ingrid',
      achternaam: 'Jansen',
      roles: ['beheerder'],
    })

    // Pixelhaven has an SBB-registered praktijkopleider who has no password
    // yet (linking them sends an invitation) and one SBB has not registered;
    // Datadijk has none, so the pages say to contact the school.
    const pixelhaven = leerbedrijven[1].id
    const noorId = await insertUser(trx, {
      ...base,
      passwordHash: null,
      schoolId: null,
      email: 'opleider2@demo.nl',
      voornaam: 'Noor',
      achternaam: 'Smit',
      roles: ['praktijkopleider'],
    })
    const keesId = await insertUser(trx, {
      ...base,
      passwordHash: null,
      schoolId: null,
      email: 'kees.mulder@demo.nl',
      voornaam: 'Kees',
      achternaam: 'Mulder',
      roles: ['praktijkopleider'],
    })

    await trx
      .insertInto('leerbedrijf_opleiders')
      .values([
        {
          leerbedrijf_id: codewerf,
          user_id: opleiderId,
          is_sbb_geregistreerd: true,
        },
        {
          leerbedrijf_id: pixelhaven,
          user_id: noorId,
          is_sbb_geregistreerd: true,
        },
        {
          leerbedrijf_id: pixelhaven,
          user_id: keesId,
          is_sbb_geregistreerd: false,
        },
      ])
      .execute()

    const { id: groepId } = await trx
      .insertInto('groepen')
      .values({
        school_id: schoolId,
        kwalificatie_id: sd2024.kwalificatieId,
        naam: 'SD4A',
        cohort: '2024',
        groepscode: 'DMX7K4PQ',
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await trx
      .insertInto('groep_begeleiders')
      .values({ groep_id: groepId, user_id: begeleiderId })
      .execute()
    await trx
      .insertInto('groep_studenten')
      .values([
        { groep_id: groepId, user_id: studentId, studentnummer: '500123' },
        { groep_id: groepId, user_id: student2Id, studentnummer: '500124' },
      ])
      .execute()

    const periode = {
      school_id: schoolId,
      begeleider_id: begeleiderId,
      created_by: begeleiderId,
    }
    const [open, afgesloten, opSchool] = await trx
      .insertInto('praktijkperiodes')
      .values([
        {
          ...periode,
          student_id: studentId,
          kwalificatie_id: sd2024.kwalificatieId,
          locatie: 'leerbedrijf',
          leerbedrijf_id: codewerf,
          praktijkopleider_id: opleiderId,
          startdatum: addDays(today, -30),
          einddatum: addDays(today, 120),
          uren_afgesproken: 640,
        },
        {
          ...periode,
          student_id: studentId,
          kwalificatie_id: sd2024.kwalificatieId,
          locatie: 'leerbedrijf',
          leerbedrijf_id: codewerf,
          praktijkopleider_id: opleiderId,
          startdatum: addDays(today, -300),
          einddatum: addDays(today, -160),
          uren_afgesproken: 400,
        },
        {
          ...periode,
          student_id: student2Id,
          kwalificatie_id: sd2020.kwalificatieId,
          locatie: 'school',
          beoordelaar_id: beoordelaarId,
          startdatum: addDays(today, -14),
          einddatum: addDays(today, 100),
          uren_afgesproken: null,
        },
      ])
      .returning('id')
      .execute()

    const selections = [
      { periodeId: open.id, ids: Object.values(sd2024.werkprocesIds) },
      {
        periodeId: afgesloten.id,
        ids: Object.entries(sd2024.werkprocesIds)
          .filter(([code]) => code.startsWith('B1-K1'))
          .map(([, id]) => id),
      },
      { periodeId: opSchool.id, ids: Object.values(sd2020.werkprocesIds) },
    ]
    for (const { periodeId, ids } of selections) {
      await trx
        .insertInto('periode_werkprocessen')
        .values(
          ids.map((werkprocesId) => ({
            praktijkperiode_id: periodeId,
            werkproces_id: werkprocesId,
          })),
        )
        .execute()
    }

    // The earlier periode holds one finished zelfevaluatie with reflectie.
    const { id: meetmomentId } = await trx
      .insertInto('meetmomenten')
      .values({
        praktijkperiode_id: afgesloten.id,
        soort: 'zelfevaluatie',
        auteur_id: studentId,
        werkplan_afspraken:
          'Ik leer werken met de bestaande codebase en schrijf mijn eerste ' +
          'kleine wijzigingen zelf.',
        werkplan_acties:
          'Elke week een ticket oppakken, laten reviewen en de feedback ' +
          'verwerken.',
        request_id: crypto.randomUUID(),
        created_at: new Date(`${addDays(today, -220)}T10:00:00Z`),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const waarden = ['voldoende', 'oefenen', 'voldoende', 'oefenen', 'nooit']
    await trx
      .insertInto('meetmoment_scores')
      .values(
        selections[1].ids.map((werkprocesId, index) => ({
          meetmoment_id: meetmomentId,
          werkproces_id: werkprocesId,
          waarde: waarden[index] as 'voldoende',
        })),
      )
      .execute()
    const vastgelegdOp = new Date(`${addDays(today, -218)}T15:00:00Z`)
    await trx
      .updateTable('meetmomenten')
      .set({ vastgelegd_op: vastgelegdOp })
      .where('id', '=', meetmomentId)
      .execute()
    await trx
      .insertInto('reflecties')
      .values({
        meetmoment_id: meetmomentId,
        wat_ging_goed: 'Kleine wijzigingen bouwen lukte snel.',
        wat_was_lastig: 'Tests schrijven voor oude code vond ik moeilijk.',
        wat_geleerd: 'Hoe een code review werkt en waarom het helpt.',
        volgende_stap: 'Vaker eerst een test schrijven.',
        vastgelegd_op: vastgelegdOp,
      })
      .execute()
  })

  return true
}
