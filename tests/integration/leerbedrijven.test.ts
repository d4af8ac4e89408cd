import { randomUUID } from 'node:crypto'

import { beforeAll, describe, expect, it } from 'vitest'

import { getDb } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { saveLeerbedrijven } from '@/lib/leerbedrijven/save-leerbedrijven'
import { searchLeerbedrijven } from '@/lib/leerbedrijven/search-leerbedrijven'
import { toZoeknaam } from '@/lib/leerbedrijven/search-text'

import { createScenario } from './scenario'

const tag = randomUUID().replace(/\D/g, '').slice(0, 6).padEnd(6, '7')
const names = [
  `Bakkerij Élan ${tag} B.V.`,
  `Élan Holding ${tag}`,
  `Garage 100% ${tag}`,
]

beforeAll(async () => {
  await getDb()
    .insertInto('leerbedrijven')
    .values(
      names.map((naam, index) => ({
        leerbedrijf_id: `8${tag}${index}`,
        stagemarkt_code: `7${tag}${index}`,
        naam,
        zoeknaam: toZoeknaam(naam),
      })),
    )
    .execute()
})

const found = async (query: string) =>
  (await searchLeerbedrijven({ query })).map((hit) => hit.naam)

describe('searchLeerbedrijven', () => {
  it('finds name parts in any case, with or without accents', async () => {
    expect(await found(`elan ${tag}`)).toEqual([
      `Élan Holding ${tag}`,
      `Bakkerij Élan ${tag} B.V.`,
    ])
    expect(await found(`BAKK ÉLAN ${tag}`)).toEqual([
      `Bakkerij Élan ${tag} B.V.`,
    ])
  })

  it('finds a leerbedrijf by its id or Stagemarkt code', async () => {
    expect(await found(`8${tag}2`)).toEqual([`Garage 100% ${tag}`])
    expect(await found(`7${tag}1`)).toEqual([`Élan Holding ${tag}`])
  })

  it('never turns % or _ into a wildcard that matches everything', async () => {
    expect(await found('%%')).toEqual([])
    expect(await found('__')).toEqual([])
  })
})

describe('saveLeerbedrijven', () => {
  it('lets only a beheerder change the register, by leerbedrijf-ID', async () => {
    const s = await createScenario()
    const row = {
      leerbedrijfId: `6${tag}`,
      naam: `Drukkerij ${tag}`,
      adres: '',
      postcode: '',
      plaats: 'Breda',
      kvkNummer: '',
      stagemarktCode: '',
    }

    await expect(
      saveLeerbedrijven({ actorId: s.begeleiderId, leerbedrijven: [row] }),
    ).rejects.toBeInstanceOf(AppError)
    await saveLeerbedrijven({ actorId: s.beheerderId, leerbedrijven: [row] })
    await saveLeerbedrijven({
      actorId: s.beheerderId,
      leerbedrijven: [{ ...row, naam: `Drukkerij Één ${tag}` }],
    })

    expect(await found(`een ${tag}`)).toEqual([`Drukkerij Één ${tag}`])
  })
})
