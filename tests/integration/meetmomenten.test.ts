import { randomUUID } from 'node:crypto'

import { beforeEach, describe, expect, it } from 'vitest'

import { getDb } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { createMeetmoment } from '@/lib/meetmomenten/create-meetmoment'
import { findMeetmomentOrThrow } from '@/lib/meetmomenten/find-meetmoment'
import { finalizeZelfevaluatie } from '@/lib/meetmomenten/finalize-zelfevaluatie'
import { saveReflectie } from '@/lib/meetmomenten/save-reflectie'
import { saveWerkplan } from '@/lib/meetmomenten/save-werkplan'
import { saveZelfevaluatieScore } from '@/lib/meetmomenten/save-zelfevaluatie-score'

import { createScenario, type Scenario } from './scenario'

const volledigeReflectie = {
  watGingGoed: 'Samenwerken met het team.',
  watWasLastig: 'Plannen.',
  watGeleerd: 'Code reviews geven.',
  volgendeStap: 'Eerder om hulp vragen.',
}

async function expectAppError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(AppError)
  expect((error as AppError).code).toBe(code)

  return error as AppError
}

let s: Scenario

beforeEach(async () => {
  s = await createScenario()
})

async function newMeetmoment(requestId = randomUUID()) {
  return createMeetmoment({
    actorId: s.studentId,
    periodeId: s.periodeId,
    requestId,
    afspraken: 'Ik leer testen schrijven.',
    acties: 'Elke dag één test.',
  })
}

async function rate(meetmomentId: string, werkprocesIds: string[]) {
  for (const werkprocesId of werkprocesIds) {
    await saveZelfevaluatieScore({
      actorId: s.studentId,
      meetmomentId,
      werkprocesId,
      waarde: 'voldoende',
      version: 0,
    })
  }
}

describe('zelfevaluatie journey', () => {
  it('saves a werkplan that stays editable until vastleggen', async () => {
    const meetmomentId = await newMeetmoment()
    await saveWerkplan({
      actorId: s.studentId,
      meetmomentId,
      version: 1,
      afspraken: 'Nieuw leerdoel',
      acties: 'Nieuwe acties',
    })

    const meetmoment = await findMeetmomentOrThrow({
      actorId: s.studentId,
      section: 'student',
      periodeId: s.periodeId,
      meetmomentId,
    })
    expect(meetmoment.afspraken).toBe('Nieuw leerdoel')
    expect(meetmoment.version).toBe(2)
  })

  it('refuses vastleggen while a werkproces is unrated, naming it', async () => {
    const meetmomentId = await newMeetmoment()
    await rate(meetmomentId, s.werkprocesIds.slice(0, 2))

    const error = await expectAppError(
      finalizeZelfevaluatie({ actorId: s.studentId, meetmomentId }),
      'INVALID',
    )
    expect(error.message).toContain('B1-K1-W3')

    const row = await getDb()
      .selectFrom('meetmomenten')
      .select('vastgelegd_op')
      .where('id', '=', meetmomentId)
      .executeTakeFirstOrThrow()
    expect(row.vastgelegd_op).toBeNull()
  })

  it('locks everything after vastleggen and then takes the reflectie', async () => {
    const meetmomentId = await newMeetmoment()
    await rate(meetmomentId, s.werkprocesIds)
    await finalizeZelfevaluatie({ actorId: s.studentId, meetmomentId })

    await expectAppError(
      saveZelfevaluatieScore({
        actorId: s.studentId,
        meetmomentId,
        werkprocesId: s.werkprocesIds[0],
        waarde: 'goed',
        version: 1,
      }),
      'LOCKED',
    )
    await expectAppError(
      saveWerkplan({
        actorId: s.studentId,
        meetmomentId,
        version: 2,
        afspraken: 'x',
        acties: 'y',
      }),
      'LOCKED',
    )

    await saveReflectie({
      actorId: s.studentId,
      meetmomentId,
      version: 0,
      inhoud: { ...volledigeReflectie, watGeleerd: '' },
      isFinal: false,
    })
    const incomplete = await expectAppError(
      saveReflectie({
        actorId: s.studentId,
        meetmomentId,
        version: 1,
        inhoud: { ...volledigeReflectie, watGeleerd: '  ' },
        isFinal: true,
      }),
      'INVALID',
    )
    expect(Object.keys(incomplete.fieldErrors)).toEqual(['watGeleerd'])

    await saveReflectie({
      actorId: s.studentId,
      meetmomentId,
      version: 1,
      inhoud: volledigeReflectie,
      isFinal: true,
    })
    await expectAppError(
      saveReflectie({
        actorId: s.studentId,
        meetmomentId,
        version: 2,
        inhoud: volledigeReflectie,
        isFinal: false,
      }),
      'LOCKED',
    )

    const meetmoment = await findMeetmomentOrThrow({
      actorId: s.studentId,
      section: 'student',
      periodeId: s.periodeId,
      meetmomentId,
    })
    expect(meetmoment.scores.map((score) => score.waarde)).toEqual([
      'voldoende',
      'voldoende',
      'voldoende',
    ])
    expect(meetmoment.reflectie?.watGeleerd).toBe('Code reviews geven.')
    expect(meetmoment.reflectie?.vastgelegdOp).not.toBeNull()
  })

  it('refuses a reflectie before the zelfevaluatie is vastgelegd', async () => {
    const meetmomentId = await newMeetmoment()

    await expectAppError(
      saveReflectie({
        actorId: s.studentId,
        meetmomentId,
        version: 0,
        inhoud: volledigeReflectie,
        isFinal: false,
      }),
      'INVALID',
    )
  })

  it('creates one meetmoment for a repeated request id', async () => {
    const requestId = randomUUID()
    const first = await newMeetmoment(requestId)
    const second = await newMeetmoment(requestId)

    expect(second).toBe(first)
    const rows = await getDb()
      .selectFrom('meetmomenten')
      .select('id')
      .where('praktijkperiode_id', '=', s.periodeId)
      .execute()
    expect(rows).toHaveLength(1)
  })

  it('refuses a save based on an outdated version', async () => {
    const meetmomentId = await newMeetmoment()
    await saveWerkplan({
      actorId: s.studentId,
      meetmomentId,
      version: 1,
      afspraken: 'Tab één',
      acties: '',
    })

    await expectAppError(
      saveWerkplan({
        actorId: s.studentId,
        meetmomentId,
        version: 1,
        afspraken: 'Tab twee',
        acties: '',
      }),
      'CONFLICT',
    )
    await rate(meetmomentId, [s.werkprocesIds[0]])
    await expectAppError(
      saveZelfevaluatieScore({
        actorId: s.studentId,
        meetmomentId,
        werkprocesId: s.werkprocesIds[0],
        waarde: 'goed',
        version: 0,
      }),
      'CONFLICT',
    )
  })

  it('changes nothing in an afgesloten periode', async () => {
    await expectAppError(
      createMeetmoment({
        actorId: s.studentId,
        periodeId: s.closedPeriodeId,
        requestId: randomUUID(),
        afspraken: 'Te laat',
        acties: '',
      }),
      'LOCKED',
    )
  })

  it('records who did what in the audit log', async () => {
    const meetmomentId = await newMeetmoment()
    await rate(meetmomentId, s.werkprocesIds)
    await finalizeZelfevaluatie({ actorId: s.studentId, meetmomentId })

    const events = await getDb()
      .selectFrom('audit_log')
      .select(['actor_id', 'action', 'old_values', 'new_values'])
      .where('table_name', '=', 'meetmomenten')
      .where('record_id', '=', meetmomentId)
      .orderBy('id')
      .execute()

    expect(events.map((event) => event.action)).toEqual([
      'meetmoment.create',
      'zelfevaluatie.finalize',
    ])
    expect(events[1].actor_id).toBe(s.studentId)
    expect(events[1].old_values).toMatchObject({ vastgelegd_op: null })
    expect(events[1].new_values).toMatchObject({
      vastgelegd_op: expect.any(String),
    })
  })
})
