import { randomUUID } from 'node:crypto'

import { beforeEach, describe, expect, it } from 'vitest'

import { getDb } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { createMeetmoment } from '@/lib/meetmomenten/create-meetmoment'
import { findMeetmomentOrThrow } from '@/lib/meetmomenten/find-meetmoment'
import { finalizeZelfevaluatie } from '@/lib/meetmomenten/finalize-zelfevaluatie'
import { listMeetmomenten } from '@/lib/meetmomenten/list-meetmomenten'
import { saveReflectie } from '@/lib/meetmomenten/save-reflectie'
import { saveWerkplan } from '@/lib/meetmomenten/save-werkplan'
import { saveZelfevaluatieScore } from '@/lib/meetmomenten/save-zelfevaluatie-score'
import { findPraktijkperiodeOrThrow } from '@/lib/periodes/find-praktijkperiode'
import { listPraktijkperiodes } from '@/lib/periodes/list-praktijkperiodes'

import { createScenario, type Scenario } from './scenario'

async function expectNotFound(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(AppError)
  expect((error as AppError).code).toBe('NOT_FOUND')
}

let s: Scenario
let meetmomentId: string

beforeEach(async () => {
  s = await createScenario()
  meetmomentId = await createMeetmoment({
    actorId: s.studentId,
    periodeId: s.periodeId,
    requestId: randomUUID(),
    afspraken: 'Geheim leerdoel',
    acties: '',
  })
})

describe('another student', () => {
  it('cannot read the periode or its meetmomenten', async () => {
    const asOther = { actorId: s.otherStudentId, section: 'student' as const }

    await expectNotFound(
      findPraktijkperiodeOrThrow({ ...asOther, periodeId: s.periodeId }),
    )
    await expectNotFound(
      findMeetmomentOrThrow({
        ...asOther,
        periodeId: s.periodeId,
        meetmomentId,
      }),
    )
    expect(
      await listMeetmomenten({ ...asOther, periodeId: s.periodeId }),
    ).toEqual([])
    expect(
      (await listPraktijkperiodes(asOther)).map((periode) => periode.id),
    ).toEqual([s.otherPeriodeId])
  })

  it('changes nothing with forged ids', async () => {
    const actorId = s.otherStudentId

    await expectNotFound(
      createMeetmoment({
        actorId,
        periodeId: s.periodeId,
        requestId: randomUUID(),
        afspraken: 'Ingebroken',
        acties: '',
      }),
    )
    await expectNotFound(
      saveWerkplan({
        actorId,
        meetmomentId,
        version: 1,
        afspraken: 'Overschreven',
        acties: '',
      }),
    )
    await expectNotFound(
      saveZelfevaluatieScore({
        actorId,
        meetmomentId,
        werkprocesId: s.werkprocesIds[0],
        waarde: 'goed',
        version: 0,
      }),
    )
    await expectNotFound(finalizeZelfevaluatie({ actorId, meetmomentId }))
    await expectNotFound(
      saveReflectie({
        actorId,
        meetmomentId,
        version: 0,
        inhoud: {
          watGingGoed: 'a',
          watWasLastig: 'b',
          watGeleerd: 'c',
          volgendeStap: 'd',
        },
        isFinal: true,
      }),
    )
    await expectNotFound(
      saveWerkplan({
        actorId,
        meetmomentId: 'not-a-uuid',
        version: 1,
        afspraken: 'x',
        acties: '',
      }),
    )

    const row = await getDb()
      .selectFrom('meetmomenten')
      .select(['werkplan_afspraken', 'version'])
      .where('id', '=', meetmomentId)
      .executeTakeFirstOrThrow()
    expect(row).toEqual({ werkplan_afspraken: 'Geheim leerdoel', version: 1 })
    const scores = await getDb()
      .selectFrom('meetmoment_scores')
      .select('id')
      .where('meetmoment_id', '=', meetmomentId)
      .execute()
    expect(scores).toEqual([])
  })

  it('cannot rate a werkproces outside the periode', async () => {
    await expectNotFound(
      saveZelfevaluatieScore({
        actorId: s.studentId,
        meetmomentId,
        werkprocesId: randomUUID(),
        waarde: 'goed',
        version: 0,
      }),
    )
  })
})

describe('the other roles', () => {
  const read = (
    actorId: string,
    section: 'praktijkopleider' | 'begeleider' | 'beheer',
  ) =>
    findMeetmomentOrThrow({
      actorId,
      section,
      periodeId: s.periodeId,
      meetmomentId,
    })

  it('read the meetmoment when they belong to the periode', async () => {
    expect((await read(s.opleiderId, 'praktijkopleider')).afspraken).toBe(
      'Geheim leerdoel',
    )
    expect((await read(s.begeleiderId, 'begeleider')).id).toBe(meetmomentId)
    expect((await read(s.groepBegeleiderId, 'begeleider')).id).toBe(
      meetmomentId,
    )
    expect((await read(s.beheerderId, 'beheer')).id).toBe(meetmomentId)
  })

  it('get not found from outside the periode or the school', async () => {
    await expectNotFound(read(s.otherOpleiderId, 'praktijkopleider'))
    await expectNotFound(read(s.otherBeheerderId, 'beheer'))
    await expectNotFound(read(s.opleiderId, 'begeleider'))
  })

  it('cannot change the student’s zelfevaluatie', async () => {
    await expectNotFound(
      saveWerkplan({
        actorId: s.opleiderId,
        meetmomentId,
        version: 1,
        afspraken: 'Door opleider',
        acties: '',
      }),
    )
    await expectNotFound(
      finalizeZelfevaluatie({ actorId: s.begeleiderId, meetmomentId }),
    )
  })
})
