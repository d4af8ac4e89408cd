import 'server-only'

import type { Section } from '@/lib/auth/roles'
import { getDb } from '@/lib/db'
import { notFoundError } from '@/lib/errors'
import { fullName } from '@/lib/users/full-name'

import { isUuid } from './access'
import { getPeriodeStatus } from './closing'
import { selectPeriodes } from './select-periodes'

export type Kerntaak = {
  id: string
  code: string
  titel: string
  werkprocessen: { id: string; code: string; titel: string }[]
}

export type PraktijkperiodeDetail = Awaited<
  ReturnType<typeof findPraktijkperiodeOrThrow>
>

export async function findPraktijkperiodeOrThrow({
  actorId,
  section,
  periodeId,
}: {
  actorId: string
  section: Section
  periodeId: string
}) {
  if (!isUuid(periodeId)) {
    throw notFoundError()
  }

  const db = getDb()
  const periode = await selectPeriodes({ actorId, section })
    .leftJoin(
      'users as begeleider',
      'begeleider.id',
      'praktijkperiodes.begeleider_id',
    )
    .select([
      'praktijkperiodes.student_id as studentId',
      'praktijkperiodes.uren_afgesproken as urenAfgesproken',
      'kwalificaties.versie as kwalificatieVersie',
      'kwalificaties.niveau',
      'leerbedrijven.plaats as leerbedrijfPlaats',
      fullName('begeleider').as('begeleiderNaam'),
    ])
    .where('praktijkperiodes.id', '=', periodeId)
    .executeTakeFirst()

  if (!periode) {
    throw notFoundError()
  }

  const werkprocessen = await db
    .selectFrom('periode_werkprocessen')
    .innerJoin(
      'werkprocessen',
      'werkprocessen.id',
      'periode_werkprocessen.werkproces_id',
    )
    .innerJoin('kerntaken', 'kerntaken.id', 'werkprocessen.kerntaak_id')
    .select([
      'werkprocessen.id',
      'werkprocessen.code',
      'werkprocessen.titel',
      'kerntaken.id as kerntaakId',
      'kerntaken.code as kerntaakCode',
      'kerntaken.titel as kerntaakTitel',
    ])
    .where('periode_werkprocessen.praktijkperiode_id', '=', periodeId)
    .orderBy('kerntaken.volgorde')
    .orderBy('werkprocessen.volgorde')
    .execute()

  return {
    ...periode,
    praktijkopleiderNaam: periode.praktijkopleiderNaam || null,
    beoordelaarNaam: periode.beoordelaarNaam || null,
    begeleiderNaam: periode.begeleiderNaam || null,
    status: getPeriodeStatus(periode),
    kerntaken: groupByKerntaak(werkprocessen),
  }
}

function groupByKerntaak(
  rows: {
    id: string
    code: string
    titel: string
    kerntaakId: string
    kerntaakCode: string
    kerntaakTitel: string
  }[],
): Kerntaak[] {
  const kerntaken = new Map<string, Kerntaak>()

  for (const row of rows) {
    const kerntaak = kerntaken.get(row.kerntaakId) ?? {
      id: row.kerntaakId,
      code: row.kerntaakCode,
      titel: row.kerntaakTitel,
      werkprocessen: [],
    }
    kerntaak.werkprocessen.push({
      id: row.id,
      code: row.code,
      titel: row.titel,
    })
    kerntaken.set(row.kerntaakId, kerntaak)
  }

  return [...kerntaken.values()]
}
