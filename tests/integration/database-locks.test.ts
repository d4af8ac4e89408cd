import { randomUUID } from 'node:crypto'

import { sql } from 'kysely'
import { beforeEach, describe, expect, inject, it } from 'vitest'

import { getDb } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { createMeetmoment } from '@/lib/meetmomenten/create-meetmoment'
import { finalizeZelfevaluatie } from '@/lib/meetmomenten/finalize-zelfevaluatie'
import { saveReflectie } from '@/lib/meetmomenten/save-reflectie'
import { saveZelfevaluatieScore } from '@/lib/meetmomenten/save-zelfevaluatie-score'

import { createScenario, type Scenario } from './scenario'

let s: Scenario

async function finalizedMeetmoment() {
  const meetmomentId = await createMeetmoment({
    actorId: s.studentId,
    periodeId: s.periodeId,
    requestId: randomUUID(),
    afspraken: 'Leerdoel',
    acties: '',
  })
  for (const werkprocesId of s.werkprocesIds) {
    await saveZelfevaluatieScore({
      actorId: s.studentId,
      meetmomentId,
      werkprocesId,
      waarde: 'oefenen',
      version: 0,
    })
  }
  await finalizeZelfevaluatie({ actorId: s.studentId, meetmomentId })

  return meetmomentId
}

// What the database answers to raw SQL sent through the app's own pool,
// bypassing lib/ entirely.
async function rawSqlError(query: ReturnType<typeof sql>) {
  return query.execute(getDb()).then(
    () => null,
    (error: { hint?: string; message: string }) => error,
  )
}

beforeEach(async () => {
  s = await createScenario()
})

describe('database triggers', () => {
  it('refuse changing or deleting a vastgelegde zelfevaluatie', async () => {
    const id = await finalizedMeetmoment()

    expect(
      await rawSqlError(
        sql`update meetmomenten set werkplan_afspraken = 'x' where id = ${id}`,
      ),
    ).toMatchObject({ hint: 'LOCKED' })
    expect(
      await rawSqlError(
        sql`update meetmomenten set vastgelegd_op = null where id = ${id}`,
      ),
    ).toMatchObject({ hint: 'LOCKED' })
    expect(
      await rawSqlError(sql`delete from meetmomenten where id = ${id}`),
    ).toMatchObject({ hint: 'LOCKED' })
    expect(
      await rawSqlError(
        sql`update meetmoment_scores set waarde = 'goed'
          where meetmoment_id = ${id}`,
      ),
    ).toMatchObject({ hint: 'LOCKED' })
    expect(
      await rawSqlError(
        sql`delete from meetmoment_scores where meetmoment_id = ${id}`,
      ),
    ).toMatchObject({ hint: 'LOCKED' })
    expect(
      await rawSqlError(
        sql`delete from praktijkperiodes where id = ${s.periodeId}`,
      ),
    ).toMatchObject({ hint: 'STARTED' })

    const scores = await getDb()
      .selectFrom('meetmoment_scores')
      .select('waarde')
      .where('meetmoment_id', '=', id)
      .execute()
    expect(scores.map((score) => score.waarde)).toEqual([
      'oefenen',
      'oefenen',
      'oefenen',
    ])
  })

  it('refuse vastleggen through SQL while a werkproces is unrated', async () => {
    const id = await createMeetmoment({
      actorId: s.studentId,
      periodeId: s.periodeId,
      requestId: randomUUID(),
      afspraken: 'Leerdoel',
      acties: '',
    })

    expect(
      await rawSqlError(
        sql`update meetmomenten set vastgelegd_op = now() where id = ${id}`,
      ),
    ).toMatchObject({ hint: 'INCOMPLETE' })
  })

  it('refuse changing a vastgelegde reflectie', async () => {
    const id = await finalizedMeetmoment()
    await saveReflectie({
      actorId: s.studentId,
      meetmomentId: id,
      version: 0,
      inhoud: {
        watGingGoed: 'a',
        watWasLastig: 'b',
        watGeleerd: 'c',
        volgendeStap: 'd',
      },
      isFinal: true,
    })

    expect(
      await rawSqlError(
        sql`update reflecties set wat_geleerd = 'x' where meetmoment_id = ${id}`,
      ),
    ).toMatchObject({ hint: 'LOCKED' })
    expect(
      await rawSqlError(
        sql`delete from reflecties where meetmoment_id = ${id}`,
      ),
    ).toMatchObject({ hint: 'LOCKED' })
  })

  it('keep the audit log append-only', async () => {
    await finalizedMeetmoment()

    expect(
      await rawSqlError(sql`update audit_log set action = 'x'`),
    ).not.toBeNull()
    expect(await rawSqlError(sql`delete from audit_log`)).not.toBeNull()
    expect(await rawSqlError(sql`truncate audit_log`)).not.toBeNull()
  })
})

describe.skipIf(inject('isEmbedded'))('races on real PostgreSQL', () => {
  it('lets exactly one of two vastleggen requests win', async () => {
    const meetmomentId = await createMeetmoment({
      actorId: s.studentId,
      periodeId: s.periodeId,
      requestId: randomUUID(),
      afspraken: 'Leerdoel',
      acties: '',
    })
    for (const werkprocesId of s.werkprocesIds) {
      await saveZelfevaluatieScore({
        actorId: s.studentId,
        meetmomentId,
        werkprocesId,
        waarde: 'goed',
        version: 0,
      })
    }

    const results = await Promise.allSettled([
      finalizeZelfevaluatie({ actorId: s.studentId, meetmomentId }),
      finalizeZelfevaluatie({ actorId: s.studentId, meetmomentId }),
    ])

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const [loser] = results.filter((r) => r.status === 'rejected')
    expect((loser as PromiseRejectedResult).reason).toBeInstanceOf(AppError)
    expect((loser as PromiseRejectedResult).reason.code).toBe('LOCKED')
  })

  it('creates one meetmoment from two simultaneous submits', async () => {
    const requestId = randomUUID()
    const submit = () =>
      createMeetmoment({
        actorId: s.studentId,
        periodeId: s.periodeId,
        requestId,
        afspraken: 'Dubbelklik',
        acties: '',
      })

    const [first, second] = await Promise.all([submit(), submit()])

    expect(second).toBe(first)
    const rows = await getDb()
      .selectFrom('meetmomenten')
      .select('id')
      .where('request_id', '=', requestId)
      .execute()
    expect(rows).toHaveLength(1)
  })

  it('does not lose a score when two tabs save at once', async () => {
    const meetmomentId = await createMeetmoment({
      actorId: s.studentId,
      periodeId: s.periodeId,
      requestId: randomUUID(),
      afspraken: 'Leerdoel',
      acties: '',
    })
    const save = (waarde: 'goed' | 'nooit') =>
      saveZelfevaluatieScore({
        actorId: s.studentId,
        meetmomentId,
        werkprocesId: s.werkprocesIds[0],
        waarde,
        version: 0,
      })

    const results = await Promise.allSettled([save('goed'), save('nooit')])

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const rows = await getDb()
      .selectFrom('meetmoment_scores')
      .select('version')
      .where('meetmoment_id', '=', meetmomentId)
      .execute()
    expect(rows).toEqual([{ version: 1 }])
  })
})
