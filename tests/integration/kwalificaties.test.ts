import { randomUUID } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { getDb } from '@/lib/db'
import { AppError } from '@/lib/errors'
import {
  importKwalificatie,
  listKwalificaties,
} from '@/lib/kwalificaties/import-kwalificatie'

import { createScenario } from './scenario'

const dossier = () => ({
  crebo: '25187',
  naam: 'Medewerker ICT-support',
  niveau: 3,
  versie: `test-${randomUUID()}`,
  geldigVanaf: '2025-08-01',
  kerntaken: [
    {
      code: 'B1-K1',
      titel: 'Kerntaak een',
      werkprocessen: [
        { code: 'B1-K1-W1', titel: 'Eerste' },
        { code: 'B1-K1-W2', titel: 'Tweede' },
      ],
    },
  ],
})

describe('importKwalificatie', () => {
  it('adds a version for the school, once, for beheerders only', async () => {
    const s = await createScenario()
    const input = dossier()

    await expect(
      importKwalificatie({ actorId: s.begeleiderId, dossier: input }),
    ).rejects.toBeInstanceOf(AppError)

    const id = await importKwalificatie({
      actorId: s.beheerderId,
      dossier: input,
    })
    await expect(
      importKwalificatie({ actorId: s.beheerderId, dossier: input }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })

    const werkprocessen = await getDb()
      .selectFrom('werkprocessen')
      .innerJoin('kerntaken', 'kerntaken.id', 'werkprocessen.kerntaak_id')
      .select(['werkprocessen.code', 'werkprocessen.titel'])
      .where('kerntaken.kwalificatie_id', '=', id)
      .orderBy('werkprocessen.volgorde')
      .execute()
    expect(werkprocessen).toEqual([
      { code: 'B1-K1-W1', titel: 'Eerste' },
      { code: 'B1-K1-W2', titel: 'Tweede' },
    ])

    const own = await listKwalificaties({ actorId: s.beheerderId })
    const other = await listKwalificaties({ actorId: s.otherBeheerderId })
    expect(own.map((k) => k.id)).toContain(id)
    expect(other.map((k) => k.id)).not.toContain(id)
  })
})
