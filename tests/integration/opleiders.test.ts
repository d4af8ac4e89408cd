import { randomUUID } from 'node:crypto'

import { beforeEach, describe, expect, inject, it } from 'vitest'

import { getDb } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { addPraktijkopleider } from '@/lib/leerbedrijven/add-praktijkopleider'
import { findLeerbedrijfOrThrow } from '@/lib/leerbedrijven/find-leerbedrijf'
import { listSbbOpleiders } from '@/lib/leerbedrijven/list-sbb-opleiders'
import { removePraktijkopleider } from '@/lib/leerbedrijven/remove-praktijkopleider'
import { setSbbRegistratie } from '@/lib/leerbedrijven/set-sbb-registratie'
import { toZoeknaam } from '@/lib/leerbedrijven/search-text'

import { createScenario, type Scenario } from './scenario'

async function expectAppError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(AppError)
  expect((error as AppError).code).toBe(code)
}

async function createLeerbedrijf() {
  const naam = `Testbedrijf ${randomUUID()}`
  const { id } = await getDb()
    .insertInto('leerbedrijven')
    .values({
      leerbedrijf_id: String(Date.now()) + String(Math.random()).slice(2, 6),
      naam,
      zoeknaam: toZoeknaam(naam),
    })
    .returning('id')
    .executeTakeFirstOrThrow()

  return id
}

function linkedRows(leerbedrijfId: string) {
  return getDb()
    .selectFrom('leerbedrijf_opleiders')
    .innerJoin('users', 'users.id', 'leerbedrijf_opleiders.user_id')
    .select([
      'users.email',
      'leerbedrijf_opleiders.is_sbb_geregistreerd as isSbbGeregistreerd',
    ])
    .where('leerbedrijf_opleiders.leerbedrijf_id', '=', leerbedrijfId)
    .orderBy('users.email')
    .execute()
}

const person = (email: string, tussenvoegsel = 'de', achternaam = 'Jong') => ({
  email,
  voornaam: 'Eva',
  tussenvoegsel,
  achternaam,
})

let s: Scenario
let leerbedrijfId: string

beforeEach(async () => {
  s = await createScenario()
  leerbedrijfId = await createLeerbedrijf()
})

describe('addPraktijkopleider', () => {
  it('makes one account for one address, whatever its case', async () => {
    const local = randomUUID()
    const first = await addPraktijkopleider({
      actorId: s.beheerderId,
      leerbedrijfId,
      ...person(`  ${local}@Bedrijf.NL `),
      isSbbGeregistreerd: false,
    })
    const second = await addPraktijkopleider({
      actorId: s.otherBeheerderId,
      leerbedrijfId,
      ...person(`${local.toUpperCase()}@bedrijf.nl`),
      isSbbGeregistreerd: true,
    })

    expect(first).toMatchObject({ isNewAccount: true, wasLinked: false })
    expect(second).toMatchObject({
      userId: first.userId,
      isNewAccount: false,
      wasLinked: true,
    })

    const users = await getDb()
      .selectFrom('users')
      .select(['id', 'email', 'school_id', 'password_hash'])
      .where('email', 'like', `${local}%`)
      .execute()
    expect(users).toEqual([
      {
        id: first.userId,
        email: `${local}@bedrijf.nl`,
        school_id: null,
        password_hash: null,
      },
    ])
    const roles = await getDb()
      .selectFrom('user_roles')
      .select(['role', 'school_id'])
      .where('user_id', '=', first.userId)
      .execute()
    expect(roles).toEqual([{ role: 'praktijkopleider', school_id: null }])
    // Adding again keeps the registration; only its own button changes it.
    expect(await linkedRows(leerbedrijfId)).toEqual([
      { email: `${local}@bedrijf.nl`, isSbbGeregistreerd: false },
    ])
  })

  it('refuses a student’s address', async () => {
    const { email } = await getDb()
      .selectFrom('users')
      .select('email')
      .where('id', '=', s.studentId)
      .executeTakeFirstOrThrow()

    await expect(
      addPraktijkopleider({
        actorId: s.beheerderId,
        leerbedrijfId,
        ...person(email),
        isSbbGeregistreerd: true,
      }),
    ).rejects.toMatchObject({ code: 'INVALID' })
    expect(await linkedRows(leerbedrijfId)).toEqual([])
  })

  it('reuses an existing account and sends no mail', async () => {
    const { email } = await getDb()
      .selectFrom('users')
      .select('email')
      .where('id', '=', s.begeleiderId)
      .executeTakeFirstOrThrow()
    const outboxBefore = await getDb()
      .selectFrom('mail_outbox')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow()

    const result = await addPraktijkopleider({
      actorId: s.beheerderId,
      leerbedrijfId,
      ...person(email.toUpperCase()),
      isSbbGeregistreerd: true,
    })

    expect(result).toMatchObject({
      userId: s.begeleiderId,
      isNewAccount: false,
    })
    const roles = await getDb()
      .selectFrom('user_roles')
      .select('role')
      .where('user_id', '=', s.begeleiderId)
      .orderBy('role')
      .execute()
    expect(roles.map((row) => row.role)).toEqual([
      'bpv_begeleider',
      'praktijkopleider',
    ])
    const outboxAfter = await getDb()
      .selectFrom('mail_outbox')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow()
    expect(outboxAfter.n).toBe(outboxBefore.n)
  })

  it('refuses anyone who is not a beheerder, and changes nothing', async () => {
    const email = `${randomUUID()}@bedrijf.nl`

    for (const actorId of [s.begeleiderId, s.opleiderId, s.studentId]) {
      await expectAppError(
        addPraktijkopleider({
          actorId,
          leerbedrijfId,
          ...person(email),
          isSbbGeregistreerd: true,
        }),
        'FORBIDDEN',
      )
    }

    expect(await linkedRows(leerbedrijfId)).toEqual([])
    const users = await getDb()
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .execute()
    expect(users).toEqual([])
  })

  it('answers an unknown leerbedrijf as not found', async () => {
    await expectAppError(
      addPraktijkopleider({
        actorId: s.beheerderId,
        leerbedrijfId: randomUUID(),
        ...person(`${randomUUID()}@bedrijf.nl`),
        isSbbGeregistreerd: true,
      }),
      'NOT_FOUND',
    )
  })
})

describe('SBB registration and removal', () => {
  it('offers only SBB-registered opleiders, in Dutch name order', async () => {
    const add = (
      [tussenvoegsel, achternaam]: [string, string],
      isSbbGeregistreerd: boolean,
    ) =>
      addPraktijkopleider({
        actorId: s.beheerderId,
        leerbedrijfId,
        ...person(`${randomUUID()}@bedrijf.nl`, tussenvoegsel, achternaam),
        isSbbGeregistreerd,
      })
    const zwart = await add(['', 'Zwart'], true)
    await add(['', 'Aalders'], false)
    const berg = await add(['van den', 'Berg'], true)
    const ijzer = await add(['', 'IJzerman'], true)
    const jansen = await add(['', 'Jansen'], true)
    const otherLeerbedrijfId = await createLeerbedrijf()
    await addPraktijkopleider({
      actorId: s.beheerderId,
      leerbedrijfId: otherLeerbedrijfId,
      ...person(`${randomUUID()}@bedrijf.nl`, '', 'Anders'),
      isSbbGeregistreerd: true,
    })

    expect(await listSbbOpleiders({ leerbedrijfId })).toEqual([
      // "van den Berg" under B, "IJzerman" with the Y.
      { id: berg.userId, naam: 'Eva van den Berg' },
      { id: jansen.userId, naam: 'Eva Jansen' },
      { id: ijzer.userId, naam: 'Eva IJzerman' },
      { id: zwart.userId, naam: 'Eva Zwart' },
    ])

    await setSbbRegistratie({
      actorId: s.beheerderId,
      leerbedrijfId,
      userId: zwart.userId,
      isSbbGeregistreerd: false,
    })
    await removePraktijkopleider({
      actorId: s.beheerderId,
      leerbedrijfId,
      userId: berg.userId,
    })

    expect(await listSbbOpleiders({ leerbedrijfId })).toEqual([
      { id: jansen.userId, naam: 'Eva Jansen' },
      { id: ijzer.userId, naam: 'Eva IJzerman' },
    ])
    const detail = await findLeerbedrijfOrThrow({
      actorId: s.beheerderId,
      leerbedrijfId,
    })
    expect(
      detail.opleiders.map((o) => [o.achternaam, o.isSbbGeregistreerd]),
    ).toEqual([
      ['Aalders', false],
      ['Jansen', true],
      ['IJzerman', true],
      ['Zwart', false],
    ])
    // The removed opleider keeps the account.
    const account = await getDb()
      .selectFrom('users')
      .select('id')
      .where('id', '=', berg.userId)
      .executeTakeFirst()
    expect(account).toEqual({ id: berg.userId })
  })

  it('refuses non-beheerders and links that do not exist', async () => {
    const { userId } = await addPraktijkopleider({
      actorId: s.beheerderId,
      leerbedrijfId,
      ...person(`${randomUUID()}@bedrijf.nl`),
      isSbbGeregistreerd: true,
    })

    await expectAppError(
      setSbbRegistratie({
        actorId: s.opleiderId,
        leerbedrijfId,
        userId,
        isSbbGeregistreerd: false,
      }),
      'FORBIDDEN',
    )
    await expectAppError(
      removePraktijkopleider({
        actorId: s.begeleiderId,
        leerbedrijfId,
        userId,
      }),
      'FORBIDDEN',
    )
    await expectAppError(
      findLeerbedrijfOrThrow({ actorId: s.studentId, leerbedrijfId }),
      'FORBIDDEN',
    )
    // A user who is no opleider here: nothing to change.
    await expectAppError(
      setSbbRegistratie({
        actorId: s.beheerderId,
        leerbedrijfId,
        userId: s.studentId,
        isSbbGeregistreerd: true,
      }),
      'NOT_FOUND',
    )
    await expectAppError(
      removePraktijkopleider({
        actorId: s.beheerderId,
        leerbedrijfId: 'geen-uuid',
        userId,
      }),
      'NOT_FOUND',
    )

    expect(await linkedRows(leerbedrijfId)).toEqual([
      { email: expect.any(String), isSbbGeregistreerd: true },
    ])
  })
})

describe.skipIf(inject('isEmbedded'))('races on real PostgreSQL', () => {
  it('makes one account when two beheerders add one address at once', async () => {
    const email = `${randomUUID()}@bedrijf.nl`
    const otherLeerbedrijfId = await createLeerbedrijf()
    const add = (id: string, actorId: string) =>
      addPraktijkopleider({
        actorId,
        leerbedrijfId: id,
        ...person(email),
        isSbbGeregistreerd: true,
      })

    const results = await Promise.allSettled([
      add(leerbedrijfId, s.beheerderId),
      add(leerbedrijfId, s.otherBeheerderId),
      add(otherLeerbedrijfId, s.beheerderId),
    ])

    // A loser gets a clear message, never a crash.
    for (const result of results) {
      if (result.status === 'rejected') {
        expect(result.reason).toBeInstanceOf(AppError)
        expect(result.reason.code).toBe('CONFLICT')
      }
    }
    const users = await getDb()
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .execute()
    expect(users).toHaveLength(1)
    expect(await linkedRows(leerbedrijfId)).toEqual([
      { email, isSbbGeregistreerd: true },
    ])
  })
})
