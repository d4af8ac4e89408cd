import { randomUUID } from 'node:crypto'

import { beforeEach, describe, expect, it } from 'vitest'

import { setPasswordWithToken } from '@/lib/accounts/set-password-with-token'
import { addDays } from '@/lib/dates'
import { getDb } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { createMeetmoment } from '@/lib/meetmomenten/create-meetmoment'
import {
  chooseBeoordelaar,
  choosePraktijkopleider,
} from '@/lib/periodes/choose-people'
import { todayInAmsterdam } from '@/lib/periodes/closing'
import { findPraktijkperiodeOrThrow } from '@/lib/periodes/find-praktijkperiode'
import { listPraktijkperiodes } from '@/lib/periodes/list-praktijkperiodes'
import {
  createPraktijkperiode,
  deletePraktijkperiode,
  updatePraktijkperiode,
} from '@/lib/periodes/save-praktijkperiode'

import { createScenario, createUser, type Scenario } from './scenario'

async function caught(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(AppError)

  return error as AppError
}

let s: Scenario
let leerbedrijfId: string
let otherLeerbedrijfId: string
let unregisteredOpleiderId: string
let beoordelaarId: string
const today = todayInAmsterdam()
const setup = () => ({
  startdatum: addDays(today, 7),
  einddatum: addDays(today, 100),
  urenAfgesproken: 640,
  kerntaakIds: [] as string[],
  werkprocesIds: s.werkprocesIds.slice(0, 2),
})

async function createLeerbedrijf() {
  const { id } = await getDb()
    .insertInto('leerbedrijven')
    .values({
      leerbedrijf_id: String(Math.floor(Math.random() * 1e12)),
      naam: `Testbedrijf ${randomUUID()}`,
      zoeknaam: 'testbedrijf',
    })
    .returning('id')
    .executeTakeFirstOrThrow()

  return id
}

beforeEach(async () => {
  s = await createScenario()
  leerbedrijfId = await createLeerbedrijf()
  otherLeerbedrijfId = await createLeerbedrijf()
  unregisteredOpleiderId = await createUser(null, ['praktijkopleider'])
  beoordelaarId = await createUser(s.schoolId, ['bpv_beoordelaar'])
  await getDb()
    .insertInto('leerbedrijf_opleiders')
    .values([
      {
        leerbedrijf_id: leerbedrijfId,
        user_id: s.opleiderId,
        is_sbb_geregistreerd: true,
      },
      {
        leerbedrijf_id: leerbedrijfId,
        user_id: unregisteredOpleiderId,
        is_sbb_geregistreerd: false,
      },
      {
        leerbedrijf_id: otherLeerbedrijfId,
        user_id: s.otherOpleiderId,
        is_sbb_geregistreerd: true,
      },
    ])
    .execute()
})

async function outboxFor(userId: string) {
  const { email } = await getDb()
    .selectFrom('users')
    .select('email')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow()

  return getDb()
    .selectFrom('mail_outbox')
    .select(['subject', 'text'])
    .where('recipient', '=', email)
    .execute()
}

describe('flow 2.1: begeleider prepares, student chooses the leerbedrijf', () => {
  it('makes a periode that the student completes and the opleider is invited to', async () => {
    const periodeId = await createPraktijkperiode({
      actorId: s.groepBegeleiderId,
      section: 'begeleider',
      studentId: s.studentId,
      kwalificatieId: s.kwalificatieId,
      locatie: 'leerbedrijf',
      setup: { ...setup(), kerntaakIds: [s.kerntaakId], werkprocesIds: [] },
    })

    const prepared = await findPraktijkperiodeOrThrow({
      actorId: s.studentId,
      section: 'student',
      periodeId,
    })
    expect(prepared.isReady).toBe(false)
    expect(prepared.canChangeSetup).toBe(true)
    expect(prepared.urenAfgesproken).toBe(640)
    // One tick on the kerntaak selected all three of its werkprocessen.
    expect(prepared.kerntaken[0].werkprocessen).toHaveLength(3)

    await choosePraktijkopleider({
      actorId: s.studentId,
      section: 'student',
      periodeId,
      version: 1,
      leerbedrijfId,
      praktijkopleiderId: s.opleiderId,
    })

    const ready = await findPraktijkperiodeOrThrow({
      actorId: s.opleiderId,
      section: 'praktijkopleider',
      periodeId,
    })
    expect(ready.isReady).toBe(true)
    // The opleider had no password: an invitation, not a notification.
    const mails = await outboxFor(s.opleiderId)
    expect(mails.map((mail) => mail.text).join()).toContain('/uitnodiging/')
  })

  it('tells each person once per periode, however often the choice changes', async () => {
    const periodeId = await createPraktijkperiode({
      actorId: s.groepBegeleiderId,
      section: 'begeleider',
      studentId: s.studentId,
      kwalificatieId: s.kwalificatieId,
      locatie: 'leerbedrijf',
      setup: setup(),
    })
    const choices = [
      [leerbedrijfId, s.opleiderId],
      [otherLeerbedrijfId, s.otherOpleiderId],
      [leerbedrijfId, s.opleiderId],
    ]

    for (const [index, [leerbedrijf, opleider]] of choices.entries()) {
      await choosePraktijkopleider({
        actorId: s.studentId,
        section: 'student',
        periodeId,
        version: index + 1,
        leerbedrijfId: leerbedrijf,
        praktijkopleiderId: opleider,
      })
    }

    expect(await outboxFor(s.opleiderId)).toHaveLength(1)
    expect(await outboxFor(s.otherOpleiderId)).toHaveLength(1)
    const tokens = await getDb()
      .selectFrom('auth_tokens')
      .select('id')
      .where('user_id', '=', s.opleiderId)
      .execute()
    expect(tokens).toHaveLength(1)
  })

  it('kills every other invitation link once one of them set the password', async () => {
    const invite = async () => {
      const periodeId = await createPraktijkperiode({
        actorId: s.groepBegeleiderId,
        section: 'begeleider',
        studentId: s.studentId,
        kwalificatieId: s.kwalificatieId,
        locatie: 'leerbedrijf',
        setup: setup(),
      })
      await choosePraktijkopleider({
        actorId: s.groepBegeleiderId,
        section: 'begeleider',
        periodeId,
        version: 1,
        leerbedrijfId,
        praktijkopleiderId: s.opleiderId,
      })
    }
    await invite()
    await invite()
    const tokens = (await outboxFor(s.opleiderId)).map(
      (mail) => /\/uitnodiging\/([\w-]+)/.exec(mail.text)![1],
    )
    expect(tokens).toHaveLength(2)

    await setPasswordWithToken({
      token: tokens[1],
      purpose: 'uitnodiging',
      password: 'Eigen-wachtwoord-1',
    })
    const error = await caught(
      setPasswordWithToken({
        token: tokens[0],
        purpose: 'uitnodiging',
        password: 'Overgenomen-2',
      }),
    )
    expect(error.message).toContain('verlopen of al gebruikt')
  })

  it('refuses an opleider who is not SBB-registered or of another company', async () => {
    const periodeId = await createPraktijkperiode({
      actorId: s.groepBegeleiderId,
      section: 'begeleider',
      studentId: s.studentId,
      kwalificatieId: s.kwalificatieId,
      locatie: 'leerbedrijf',
      setup: setup(),
    })

    // Even when a student's account ended up in the register.
    await getDb()
      .insertInto('leerbedrijf_opleiders')
      .values({
        leerbedrijf_id: leerbedrijfId,
        user_id: s.studentId,
        is_sbb_geregistreerd: true,
      })
      .execute()

    for (const praktijkopleiderId of [
      unregisteredOpleiderId,
      s.otherOpleiderId,
      s.studentId,
    ]) {
      const error = await caught(
        choosePraktijkopleider({
          actorId: s.studentId,
          section: 'student',
          periodeId,
          version: 1,
          leerbedrijfId,
          praktijkopleiderId,
        }),
      )
      expect(error.fieldErrors.praktijkopleiderId).toBeDefined()
    }
    const row = await getDb()
      .selectFrom('praktijkperiodes')
      .select('praktijkopleider_id')
      .where('id', '=', periodeId)
      .executeTakeFirstOrThrow()
    expect(row.praktijkopleider_id).toBeNull()
  })

  it('does not let a student pick a leerbedrijf for someone else’s periode', async () => {
    const error = await caught(
      choosePraktijkopleider({
        actorId: s.otherStudentId,
        section: 'student',
        periodeId: s.periodeId,
        version: 1,
        leerbedrijfId: otherLeerbedrijfId,
        praktijkopleiderId: s.otherOpleiderId,
      }),
    )
    expect(error.code).toBe('NOT_FOUND')
    const row = await getDb()
      .selectFrom('praktijkperiodes')
      .select(['praktijkopleider_id', 'leerbedrijf_id'])
      .where('id', '=', s.periodeId)
      .executeTakeFirstOrThrow()
    expect(row.praktijkopleider_id).toBe(s.opleiderId)
    expect(row.leerbedrijf_id).toBeNull()
  })

  it('does not let a begeleider prepare a periode for a student outside their groups', async () => {
    const before = await getDb()
      .selectFrom('praktijkperiodes')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('student_id', '=', s.otherStudentId)
      .executeTakeFirstOrThrow()
    const error = await caught(
      createPraktijkperiode({
        actorId: s.groepBegeleiderId,
        section: 'begeleider',
        studentId: s.otherStudentId,
        kwalificatieId: s.kwalificatieId,
        locatie: 'leerbedrijf',
        setup: setup(),
      }),
    )
    expect(error.fieldErrors.studentId).toEqual([
      'Kies een student uit je eigen groepen.',
    ])
    const after = await getDb()
      .selectFrom('praktijkperiodes')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('student_id', '=', s.otherStudentId)
      .executeTakeFirstOrThrow()
    expect(after.count).toBe(before.count)
  })

  it('names every problem of one submit at once', async () => {
    const error = await caught(
      createPraktijkperiode({
        actorId: s.groepBegeleiderId,
        section: 'begeleider',
        studentId: undefined,
        kwalificatieId: s.kwalificatieId,
        locatie: 'leerbedrijf',
        beoordelaarId,
        setup: { ...setup(), einddatum: addDays(today, 1), werkprocesIds: [] },
      }),
    )
    expect(Object.keys(error.fieldErrors).sort()).toEqual([
      'beoordelaarId',
      'einddatum',
      'studentId',
      'werkprocessen',
    ])
  })

  it('checks the dates and the selection in Dutch', async () => {
    const error = await caught(
      createPraktijkperiode({
        actorId: s.groepBegeleiderId,
        section: 'begeleider',
        studentId: s.studentId,
        kwalificatieId: s.kwalificatieId,
        locatie: 'leerbedrijf',
        setup: {
          ...setup(),
          einddatum: addDays(today, 7),
          werkprocesIds: [randomUUID()],
        },
      }),
    )
    expect(error.fieldErrors).toEqual({
      einddatum: ['De einddatum moet na de startdatum liggen.'],
      werkprocessen: ['Kies minstens één werkproces.'],
    })
  })
})

describe('flow 2.2: locatie school with a beoordelaar', () => {
  it('notifies a beoordelaar with an account and shows them the periode', async () => {
    await getDb()
      .updateTable('users')
      .set({ password_hash: 'x' })
      .where('id', '=', beoordelaarId)
      .execute()
    const periodeId = await createPraktijkperiode({
      actorId: s.groepBegeleiderId,
      section: 'begeleider',
      studentId: s.studentId,
      kwalificatieId: s.kwalificatieId,
      locatie: 'school',
      beoordelaarId,
      setup: setup(),
    })

    const list = await listPraktijkperiodes({
      actorId: beoordelaarId,
      section: 'praktijkopleider',
    })
    expect(list.map((periode) => periode.id)).toEqual([periodeId])
    expect(list[0].isReady).toBe(true)
    const mails = await outboxFor(beoordelaarId)
    expect(mails).toHaveLength(1)
    expect(mails[0].subject).toContain('gekoppeld aan de praktijkperiode')
  })

  it('lets the student choose only a beoordelaar of the school', async () => {
    const periodeId = await createPraktijkperiode({
      actorId: s.groepBegeleiderId,
      section: 'begeleider',
      studentId: s.studentId,
      kwalificatieId: s.kwalificatieId,
      locatie: 'school',
      setup: setup(),
    })
    const outsider = await createUser(s.otherSchoolId, ['bpv_beoordelaar'])

    const error = await caught(
      chooseBeoordelaar({
        actorId: s.studentId,
        section: 'student',
        periodeId,
        version: 1,
        beoordelaarId: outsider,
      }),
    )
    expect(error.fieldErrors.beoordelaarId).toBeDefined()

    await chooseBeoordelaar({
      actorId: s.studentId,
      section: 'student',
      periodeId,
      version: 1,
      beoordelaarId,
    })
    const periode = await findPraktijkperiodeOrThrow({
      actorId: beoordelaarId,
      section: 'praktijkopleider',
      periodeId,
    })
    expect(periode.isReady).toBe(true)
  })
})

describe('flow 2.3: the student creates the periode', () => {
  it('stores dates, werkprocessen and the chosen begeleider', async () => {
    const periodeId = await createPraktijkperiode({
      actorId: s.studentId,
      section: 'student',
      kwalificatieId: s.kwalificatieId,
      locatie: 'leerbedrijf',
      begeleiderId: s.begeleiderId,
      setup: { ...setup(), urenAfgesproken: null },
    })

    const periode = await findPraktijkperiodeOrThrow({
      actorId: s.begeleiderId,
      section: 'begeleider',
      periodeId,
    })
    expect(periode.studentId).toBe(s.studentId)
    expect(periode.urenAfgesproken).toBeNull()
    expect(
      periode.kerntaken[0].werkprocessen.map((werkproces) => werkproces.id),
    ).toEqual(s.werkprocesIds.slice(0, 2))
    expect(periode.status).toBe('nieuw')
  })

  it('refuses a begeleider of another school', async () => {
    const outsider = await createUser(s.otherSchoolId, ['bpv_begeleider'])
    const error = await caught(
      createPraktijkperiode({
        actorId: s.studentId,
        section: 'student',
        kwalificatieId: s.kwalificatieId,
        locatie: 'leerbedrijf',
        begeleiderId: outsider,
        setup: setup(),
      }),
    )
    expect(error.fieldErrors.begeleiderId).toBeDefined()
  })
})

describe('edit and delete until work starts', () => {
  async function prepared() {
    return createPraktijkperiode({
      actorId: s.groepBegeleiderId,
      section: 'begeleider',
      studentId: s.studentId,
      kwalificatieId: s.kwalificatieId,
      locatie: 'leerbedrijf',
      setup: { ...setup(), startdatum: addDays(today, -1) },
    })
  }

  it('edits with the current version and refuses a stale one', async () => {
    const periodeId = await prepared()
    await updatePraktijkperiode({
      actorId: s.studentId,
      section: 'student',
      periodeId,
      version: 1,
      setup: { ...setup(), werkprocesIds: [s.werkprocesIds[2]] },
    })

    const error = await caught(
      updatePraktijkperiode({
        actorId: s.groepBegeleiderId,
        section: 'begeleider',
        periodeId,
        version: 1,
        setup: setup(),
      }),
    )
    expect(error.code).toBe('CONFLICT')
    const rows = await getDb()
      .selectFrom('periode_werkprocessen')
      .select('werkproces_id')
      .where('praktijkperiode_id', '=', periodeId)
      .execute()
    expect(rows.map((row) => row.werkproces_id)).toEqual([s.werkprocesIds[2]])
  })

  it('lets work start only once the periode is ready', async () => {
    const periodeId = await prepared()
    const error = await caught(
      createMeetmoment({
        actorId: s.studentId,
        periodeId,
        requestId: randomUUID(),
        afspraken: 'Leerdoel',
        acties: '',
      }),
    )
    expect(error.message).toContain('staat nog niet klaar')
    const meetmomenten = await getDb()
      .selectFrom('meetmomenten')
      .select('id')
      .where('praktijkperiode_id', '=', periodeId)
      .execute()
    expect(meetmomenten).toEqual([])
  })

  it('refuses a choice made on a stale page', async () => {
    const periodeId = await prepared()
    await choosePraktijkopleider({
      actorId: s.studentId,
      section: 'student',
      periodeId,
      version: 1,
      leerbedrijfId,
      praktijkopleiderId: s.opleiderId,
    })

    const error = await caught(
      choosePraktijkopleider({
        actorId: s.groepBegeleiderId,
        section: 'begeleider',
        periodeId,
        version: 1,
        leerbedrijfId: otherLeerbedrijfId,
        praktijkopleiderId: s.otherOpleiderId,
      }),
    )
    expect(error.code).toBe('CONFLICT')
    const row = await getDb()
      .selectFrom('praktijkperiodes')
      .select('praktijkopleider_id')
      .where('id', '=', periodeId)
      .executeTakeFirstOrThrow()
    expect(row.praktijkopleider_id).toBe(s.opleiderId)
  })

  it('refuses edit and delete once a meetmoment exists, in lib/ and in the database', async () => {
    const periodeId = await prepared()
    await choosePraktijkopleider({
      actorId: s.studentId,
      section: 'student',
      periodeId,
      version: 1,
      leerbedrijfId,
      praktijkopleiderId: s.opleiderId,
    })
    await createMeetmoment({
      actorId: s.studentId,
      periodeId,
      requestId: randomUUID(),
      afspraken: 'Leerdoel',
      acties: '',
    })

    const periode = await findPraktijkperiodeOrThrow({
      actorId: s.studentId,
      section: 'student',
      periodeId,
    })
    expect(periode.canChangeSetup).toBe(false)

    // One at a time: each refusal is awaited before the next call starts.
    for (const attempt of [
      () =>
        updatePraktijkperiode({
          actorId: s.studentId,
          section: 'student',
          periodeId,
          version: periode.version,
          setup: setup(),
        }),
      () =>
        deletePraktijkperiode({
          actorId: s.groepBegeleiderId,
          section: 'begeleider',
          periodeId,
        }),
      () =>
        choosePraktijkopleider({
          actorId: s.studentId,
          section: 'student',
          periodeId,
          version: 1,
          leerbedrijfId,
          praktijkopleiderId: s.opleiderId,
        }),
    ]) {
      expect((await caught(attempt())).code).toBe('LOCKED')
    }

    // Straight SQL through the app's connection is refused too.
    await expect(
      getDb()
        .deleteFrom('praktijkperiodes')
        .where('id', '=', periodeId)
        .execute(),
    ).rejects.toThrow(/holds work/)
    await expect(
      getDb()
        .updateTable('praktijkperiodes')
        .set({ einddatum: addDays(today, 400) })
        .where('id', '=', periodeId)
        .execute(),
    ).rejects.toThrow(/holds work/)
    await expect(
      getDb()
        .deleteFrom('periode_werkprocessen')
        .where('praktijkperiode_id', '=', periodeId)
        .execute(),
    ).rejects.toThrow(/holds work/)
  })

  it('deletes a periode without work, and only for its own people', async () => {
    const periodeId = await prepared()

    const error = await caught(
      deletePraktijkperiode({
        actorId: s.otherStudentId,
        section: 'student',
        periodeId,
      }),
    )
    expect(error.code).toBe('NOT_FOUND')
    const opleiderError = await caught(
      deletePraktijkperiode({
        actorId: s.opleiderId,
        section: 'praktijkopleider',
        periodeId,
      }),
    )
    expect(opleiderError.code).toBe('NOT_FOUND')

    await deletePraktijkperiode({
      actorId: s.studentId,
      section: 'student',
      periodeId,
    })
    const row = await getDb()
      .selectFrom('praktijkperiodes')
      .select('id')
      .where('id', '=', periodeId)
      .executeTakeFirst()
    expect(row).toBeUndefined()
  })

  it('still lets the closing run record an ended periode that holds work', async () => {
    await createMeetmoment({
      actorId: s.studentId,
      periodeId: s.periodeId,
      requestId: randomUUID(),
      afspraken: 'Leerdoel',
      acties: '',
    })
    const closed = await getDb()
      .updateTable('praktijkperiodes')
      .set({ afgesloten_op: new Date() })
      .where('id', '=', s.periodeId)
      .returning('afgesloten_op')
      .executeTakeFirstOrThrow()
    expect(closed.afgesloten_op).toBeInstanceOf(Date)
  })
})
