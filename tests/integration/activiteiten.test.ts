import { randomUUID } from 'node:crypto'

import { beforeEach, describe, expect, it } from 'vitest'

import { getDb } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { addActiviteit } from '@/lib/kwalificaties/add-activiteit'
import { deleteActiviteit } from '@/lib/kwalificaties/delete-activiteit'
import { findKwalificatieOrThrow } from '@/lib/kwalificaties/find-kwalificatie'
import { moveActiviteit } from '@/lib/kwalificaties/move-activiteit'
import { updateActiviteit } from '@/lib/kwalificaties/update-activiteit'

import { createScenario, type Scenario } from './scenario'

async function expectAppError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(AppError)
  expect((error as AppError).code).toBe(code)
}

function activiteitenOf(werkprocesId: string) {
  return getDb()
    .selectFrom('activiteiten')
    .select(['id', 'school_id', 'omschrijving', 'volgorde', 'version'])
    .where('werkproces_id', '=', werkprocesId)
    .orderBy('volgorde')
    .execute()
}

async function kwalificatieOf(werkprocesId: string) {
  const { kwalificatieId } = await getDb()
    .selectFrom('werkprocessen')
    .innerJoin('kerntaken', 'kerntaken.id', 'werkprocessen.kerntaak_id')
    .select('kerntaken.kwalificatie_id as kwalificatieId')
    .where('werkprocessen.id', '=', werkprocesId)
    .executeTakeFirstOrThrow()

  return kwalificatieId
}

// A national dossier (school_id null) that every school sees.
async function createNationalWerkproces() {
  const db = getDb()
  const { id: kwalificatieId } = await db
    .insertInto('kwalificaties')
    .values({
      school_id: null,
      crebo: '25187',
      naam: 'Medewerker ICT-support',
      niveau: 3,
      versie: randomUUID(),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const { id: kerntaakId } = await db
    .insertInto('kerntaken')
    .values({
      kwalificatie_id: kwalificatieId,
      code: 'B1-K1',
      titel: 'Kerntaak',
      volgorde: 1,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const { id } = await db
    .insertInto('werkprocessen')
    .values({
      kerntaak_id: kerntaakId,
      code: 'B1-K1-W1',
      titel: 'Werkproces',
      volgorde: 1,
    })
    .returning('id')
    .executeTakeFirstOrThrow()

  return { kwalificatieId, werkprocesId: id }
}

let s: Scenario
let werkprocesId: string

beforeEach(async () => {
  s = await createScenario()
  werkprocesId = s.werkprocesIds[0]
})

describe('activiteiten of a school', () => {
  it('adds trimmed activiteiten in order and shows them on the dossier', async () => {
    const first = await addActiviteit({
      actorId: s.beheerderId,
      werkprocesId,
      omschrijving: '  Zet een ontwikkelomgeving op  ',
    })
    const second = await addActiviteit({
      actorId: s.beheerderId,
      werkprocesId,
      omschrijving: 'Schrijft unittests',
    })

    expect(await activiteitenOf(werkprocesId)).toEqual([
      {
        id: first,
        school_id: s.schoolId,
        omschrijving: 'Zet een ontwikkelomgeving op',
        volgorde: 1,
        version: 1,
      },
      {
        id: second,
        school_id: s.schoolId,
        omschrijving: 'Schrijft unittests',
        volgorde: 2,
        version: 1,
      },
    ])

    const dossier = await findKwalificatieOrThrow({
      actorId: s.beheerderId,
      kwalificatieId: await kwalificatieOf(werkprocesId),
    })
    const [kerntaak] = dossier.kerntaken
    expect(kerntaak.werkprocessen.map((w) => w.code)).toEqual([
      'B1-K1-W1',
      'B1-K1-W2',
      'B1-K1-W3',
    ])
    expect(kerntaak.werkprocessen[0].activiteiten).toEqual([
      {
        id: first,
        omschrijving: 'Zet een ontwikkelomgeving op',
        version: 1,
        isInGebruik: false,
      },
      {
        id: second,
        omschrijving: 'Schrijft unittests',
        version: 1,
        isInGebruik: false,
      },
    ])

    await moveActiviteit({
      actorId: s.beheerderId,
      activiteitId: second,
      richting: 'omhoog',
    })
    await moveActiviteit({
      actorId: s.beheerderId,
      activiteitId: second,
      richting: 'omhoog',
    })
    expect((await activiteitenOf(werkprocesId)).map((a) => a.id)).toEqual([
      second,
      first,
    ])
  })

  it('refuses an omschrijving that is too short or too long', async () => {
    for (const omschrijving of ['  ab  ', 'x'.repeat(301)]) {
      await expectAppError(
        addActiviteit({ actorId: s.beheerderId, werkprocesId, omschrijving }),
        'INVALID',
      )
    }

    expect(await activiteitenOf(werkprocesId)).toEqual([])
  })

  it('edits with the version it was read at', async () => {
    const id = await addActiviteit({
      actorId: s.beheerderId,
      werkprocesId,
      omschrijving: 'Eerste tekst',
    })

    await updateActiviteit({
      actorId: s.beheerderId,
      activiteitId: id,
      version: 1,
      omschrijving: ' Tweede tekst ',
    })
    await expectAppError(
      updateActiviteit({
        actorId: s.beheerderId,
        activiteitId: id,
        version: 1,
        omschrijving: 'Verouderde tekst',
      }),
      'CONFLICT',
    )

    expect(await activiteitenOf(werkprocesId)).toMatchObject([
      { id, omschrijving: 'Tweede tekst', version: 2 },
    ])
  })

  it('keeps another school out: forged ids change nothing', async () => {
    const id = await addActiviteit({
      actorId: s.beheerderId,
      werkprocesId,
      omschrijving: 'Van de eigen school',
    })
    const kwalificatieId = await kwalificatieOf(werkprocesId)
    const other = s.otherBeheerderId

    // The scenario's dossier belongs to the first school.
    await expectAppError(
      findKwalificatieOrThrow({ actorId: other, kwalificatieId }),
      'NOT_FOUND',
    )
    await expectAppError(
      addActiviteit({
        actorId: other,
        werkprocesId,
        omschrijving: 'Ingebroken',
      }),
      'NOT_FOUND',
    )
    await expectAppError(
      updateActiviteit({
        actorId: other,
        activiteitId: id,
        version: 1,
        omschrijving: 'Overschreven',
      }),
      'NOT_FOUND',
    )
    await expectAppError(
      moveActiviteit({ actorId: other, activiteitId: id, richting: 'omlaag' }),
      'NOT_FOUND',
    )
    await expectAppError(
      deleteActiviteit({ actorId: other, activiteitId: id }),
      'NOT_FOUND',
    )
    for (const actorId of [s.begeleiderId, s.studentId, s.opleiderId]) {
      await expectAppError(
        deleteActiviteit({ actorId, activiteitId: id }),
        'FORBIDDEN',
      )
    }

    expect(await activiteitenOf(werkprocesId)).toEqual([
      {
        id,
        school_id: s.schoolId,
        omschrijving: 'Van de eigen school',
        volgorde: 1,
        version: 1,
      },
    ])
  })

  it('shows each school only its own activiteiten on a national dossier', async () => {
    const national = await createNationalWerkproces()
    const own = await addActiviteit({
      actorId: s.beheerderId,
      werkprocesId: national.werkprocesId,
      omschrijving: 'Eigen activiteit',
    })
    const theirs = await addActiviteit({
      actorId: s.otherBeheerderId,
      werkprocesId: national.werkprocesId,
      omschrijving: 'Activiteit van de andere school',
    })

    const seen = async (actorId: string) =>
      (
        await findKwalificatieOrThrow({
          actorId,
          kwalificatieId: national.kwalificatieId,
        })
      ).kerntaken[0].werkprocessen[0].activiteiten.map((a) => a.id)
    expect(await seen(s.beheerderId)).toEqual([own])
    expect(await seen(s.otherBeheerderId)).toEqual([theirs])

    await expectAppError(
      deleteActiviteit({ actorId: s.beheerderId, activiteitId: theirs }),
      'NOT_FOUND',
    )
    expect(
      (await activiteitenOf(national.werkprocesId)).map((a) => a.volgorde),
    ).toEqual([1, 1])
  })

  it('refuses to delete an activiteit a meetmoment has rated', async () => {
    const used = await addActiviteit({
      actorId: s.beheerderId,
      werkprocesId,
      omschrijving: 'Al beoordeeld',
    })
    const unused = await addActiviteit({
      actorId: s.beheerderId,
      werkprocesId,
      omschrijving: 'Nog niet beoordeeld',
    })
    const { id: meetmomentId } = await getDb()
      .insertInto('meetmomenten')
      .values({
        praktijkperiode_id: s.periodeId,
        soort: 'zelfevaluatie',
        auteur_id: s.studentId,
        request_id: randomUUID(),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await getDb()
      .insertInto('meetmoment_scores')
      .values({
        meetmoment_id: meetmomentId,
        werkproces_id: werkprocesId,
        activiteit_id: used,
        waarde: 'oefenen',
      })
      .execute()

    await expectAppError(
      deleteActiviteit({ actorId: s.beheerderId, activiteitId: used }),
      'CONFLICT',
    )
    // Rewording would change what the rated score meant.
    await expectAppError(
      updateActiviteit({
        actorId: s.beheerderId,
        activiteitId: used,
        version: 1,
        omschrijving: 'Iets heel anders',
      }),
      'CONFLICT',
    )
    await deleteActiviteit({ actorId: s.beheerderId, activiteitId: unused })

    expect((await activiteitenOf(werkprocesId)).map((a) => a.id)).toEqual([
      used,
    ])
    const dossier = await findKwalificatieOrThrow({
      actorId: s.beheerderId,
      kwalificatieId: await kwalificatieOf(werkprocesId),
    })
    expect(dossier.kerntaken[0].werkprocessen[0].activiteiten).toMatchObject([
      { id: used, isInGebruik: true },
    ])
  })
})
