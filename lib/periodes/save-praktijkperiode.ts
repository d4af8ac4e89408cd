import 'server-only'

import type { Section } from '@/lib/auth/roles'
import type { Trx } from '@/lib/db'
import { withAudit } from '@/lib/db'
import { AppError, notFoundError } from '@/lib/errors'
import { deliverPendingMail } from '@/lib/mail/deliver-mail'

import { isUuid } from './access'
import { todayInAmsterdam } from './closing'
import { notifyLinkedPerson } from './notify-linked-person'
import { lockPeriodeForSetupOrThrow } from './setup-access'
import {
  findKwalificatieStructure,
  findStudentSchoolId,
  listBegeleiderStudenten,
  listSchoolStaff,
} from './setup-options'
import {
  expandWerkprocesSelection,
  findSetupProblems,
  type Locatie,
} from './setup-rules'

export type PeriodeSetup = {
  startdatum: string
  einddatum: string
  urenAfgesproken: number | null
  kerntaakIds: string[]
  werkprocesIds: string[]
}

type Problems = Record<string, string[]>

function addProblem(problems: Problems, field: string, message: string) {
  problems[field] = [...(problems[field] ?? []), message]
}

// Every problem of one submit at once, as field errors in Dutch.
function throwIfProblems(problems: Problems) {
  if (Object.keys(problems).length > 0) {
    throw new AppError(
      'INVALID',
      'Niet alles is goed ingevuld. Bekijk de meldingen hieronder.',
      problems,
    )
  }
}

// The werkprocessen chosen from one kwalificatie version, with the dates
// rule; what is wrong goes into `problems`.
async function selectedWerkprocessen(
  trx: Trx,
  {
    kwalificatieId,
    schoolId,
    setup,
    problems,
  }: {
    kwalificatieId: string
    schoolId: string
    setup: PeriodeSetup
    problems: Problems
  },
) {
  const kwalificatie = isUuid(kwalificatieId)
    ? await findKwalificatieStructure({ kwalificatieId, schoolId, db: trx })
    : null

  if (!kwalificatie) {
    addProblem(
      problems,
      'kwalificatieId',
      'Kies een kwalificatie uit de lijst.',
    )
  }

  const werkprocesIds = expandWerkprocesSelection({
    kerntaken: kwalificatie?.kerntaken ?? [],
    kerntaakIds: setup.kerntaakIds,
    werkprocesIds: setup.werkprocesIds,
  })
  const dateProblems = findSetupProblems({
    ...setup,
    werkprocesIds,
    today: todayInAmsterdam(),
  })
  for (const [field, messages] of Object.entries(dateProblems)) {
    messages.forEach((message) => addProblem(problems, field, message))
  }

  return werkprocesIds
}

async function isSchoolStaff(
  trx: Trx,
  {
    schoolId,
    userId,
    role,
  }: {
    schoolId: string
    userId: string | undefined
    role: 'bpv_begeleider' | 'bpv_beoordelaar'
  },
) {
  const staff = await listSchoolStaff({ schoolId, role, db: trx })

  return staff.some((person) => person.id === userId)
}

async function replaceWerkprocessen(
  trx: Trx,
  periodeId: string,
  werkprocesIds: string[],
) {
  await trx
    .deleteFrom('periode_werkprocessen')
    .where('praktijkperiode_id', '=', periodeId)
    .where('werkproces_id', 'not in', werkprocesIds)
    .execute()
  await trx
    .insertInto('periode_werkprocessen')
    .values(
      werkprocesIds.map((werkprocesId) => ({
        praktijkperiode_id: periodeId,
        werkproces_id: werkprocesId,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute()
}

// Flow 2.1 / 2.2: a begeleider prepares a periode for a student in one of
// their groups, at a leerbedrijf or at school (optionally with the
// beoordelaar). Flow 2.3: a student creates their own periode at a
// leerbedrijf and names their begeleider. The leerbedrijf and
// praktijkopleider are chosen afterwards (choose-praktijkopleider.ts).
export async function createPraktijkperiode({
  actorId,
  section,
  studentId,
  kwalificatieId,
  locatie,
  begeleiderId,
  beoordelaarId,
  setup,
}: {
  actorId: string
  section: Section
  studentId?: string
  kwalificatieId: string
  locatie: Locatie
  begeleiderId?: string
  beoordelaarId?: string | null
  setup: PeriodeSetup
}) {
  const periodeId = await withAudit(
    { actorId, action: 'periode.create' },
    async (trx) => {
      const problems: Problems = {}
      let schoolId: string
      let student: string
      let begeleider: string | undefined
      let beoordelaar: string | null = null

      if (section === 'begeleider') {
        const students = await listBegeleiderStudenten({ actorId, db: trx })
        const chosen = students.find((option) => option.id === studentId)

        if (!chosen) {
          addProblem(
            problems,
            'studentId',
            'Kies een student uit je eigen groepen.',
          )
        }
        if (!chosen && students.length === 0) {
          throwIfProblems(problems)
        }
        schoolId = (chosen ?? students[0]).schoolId
        student = chosen?.id ?? ''
        begeleider = actorId

        if (locatie === 'leerbedrijf' && beoordelaarId) {
          addProblem(
            problems,
            'beoordelaarId',
            'Een BPV-beoordelaar hoort alleen bij praktijkles op school. Kies ' +
              '"Op school", of laat de beoordelaar leeg.',
          )
        } else if (beoordelaarId) {
          if (
            await isSchoolStaff(trx, {
              schoolId,
              userId: beoordelaarId,
              role: 'bpv_beoordelaar',
            })
          ) {
            beoordelaar = beoordelaarId
          } else {
            addProblem(
              problems,
              'beoordelaarId',
              'Kies een BPV-beoordelaar van de school uit de lijst.',
            )
          }
        }
      } else if (section === 'student') {
        const school = await findStudentSchoolId(trx, actorId)

        if (!school) {
          throw new AppError(
            'INVALID',
            'Je hoort nog niet bij een groep van een school. Vraag je ' +
              'BPV-begeleider om je toe te voegen.',
          )
        }
        if (locatie !== 'leerbedrijf') {
          throw notFoundError()
        }
        schoolId = school.schoolId
        student = actorId
        begeleider = begeleiderId

        if (
          !(await isSchoolStaff(trx, {
            schoolId,
            userId: begeleider,
            role: 'bpv_begeleider',
          }))
        ) {
          addProblem(
            problems,
            'begeleiderId',
            'Kies je BPV-begeleider uit de lijst.',
          )
        }
      } else {
        throw notFoundError()
      }

      const werkprocesIds = await selectedWerkprocessen(trx, {
        kwalificatieId,
        schoolId,
        setup,
        problems,
      })
      throwIfProblems(problems)

      const { id } = await trx
        .insertInto('praktijkperiodes')
        .values({
          school_id: schoolId,
          student_id: student,
          begeleider_id: begeleider,
          kwalificatie_id: kwalificatieId,
          locatie,
          beoordelaar_id: beoordelaar,
          startdatum: setup.startdatum,
          einddatum: setup.einddatum,
          uren_afgesproken: setup.urenAfgesproken,
          created_by: actorId,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      await replaceWerkprocessen(trx, id, werkprocesIds)

      if (beoordelaar) {
        await notifyLinkedPerson(trx, {
          periodeId: id,
          userId: beoordelaar,
          rol: 'BPV-beoordelaar',
          actorId,
        })
      }

      return id
    },
  )
  await deliverPendingMail()

  return periodeId
}

// The pencil: dates, hours and werkprocessen (and, for the student, the
// begeleider) change until work starts. The version the form was loaded
// with must still be current, so two editors never overwrite each other.
export async function updatePraktijkperiode({
  actorId,
  section,
  periodeId,
  version,
  begeleiderId,
  setup,
}: {
  actorId: string
  section: Section
  periodeId: string
  version: number
  begeleiderId?: string
  setup: PeriodeSetup
}) {
  await withAudit({ actorId, action: 'periode.update' }, async (trx) => {
    const periode = await lockPeriodeForSetupOrThrow(trx, {
      actorId,
      section,
      periodeId,
      version,
    })

    const problems: Problems = {}
    const werkprocesIds = await selectedWerkprocessen(trx, {
      kwalificatieId: periode.kwalificatieId,
      schoolId: periode.schoolId,
      setup,
      problems,
    })
    let begeleider = periode.begeleiderId

    if (section === 'student' && begeleiderId !== undefined) {
      if (
        await isSchoolStaff(trx, {
          schoolId: periode.schoolId,
          userId: begeleiderId,
          role: 'bpv_begeleider',
        })
      ) {
        begeleider = begeleiderId
      } else {
        addProblem(
          problems,
          'begeleiderId',
          'Kies je BPV-begeleider uit de lijst.',
        )
      }
    }
    throwIfProblems(problems)

    await trx
      .updateTable('praktijkperiodes')
      .set((eb) => ({
        startdatum: setup.startdatum,
        einddatum: setup.einddatum,
        uren_afgesproken: setup.urenAfgesproken,
        begeleider_id: begeleider,
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', periodeId)
      .execute()
    await replaceWerkprocessen(trx, periodeId, werkprocesIds)
  })
}

// The bin: gone with everything in it, which is nothing yet.
export async function deletePraktijkperiode({
  actorId,
  section,
  periodeId,
}: {
  actorId: string
  section: Section
  periodeId: string
}) {
  await withAudit({ actorId, action: 'periode.delete' }, async (trx) => {
    await lockPeriodeForSetupOrThrow(trx, { actorId, section, periodeId })
    await trx
      .deleteFrom('praktijkperiodes')
      .where('id', '=', periodeId)
      .execute()
  })
}
