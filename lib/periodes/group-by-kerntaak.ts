import type { Db, Trx } from '@/lib/db'

export type Kerntaak = {
  id: string
  code: string
  titel: string
  werkprocessen: { id: string; code: string; titel: string }[]
}

// Werkproces rows (already in dossier order) grouped under their kerntaak.
export function groupByKerntaak(
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

// Werkprocessen with their kerntaak, in dossier order; callers narrow it to
// one kwalificatie or one periode.
export function selectWerkprocesRows(db: Db | Trx) {
  return db
    .selectFrom('werkprocessen')
    .innerJoin('kerntaken', 'kerntaken.id', 'werkprocessen.kerntaak_id')
    .select([
      'werkprocessen.id',
      'werkprocessen.code',
      'werkprocessen.titel',
      'kerntaken.id as kerntaakId',
      'kerntaken.code as kerntaakCode',
      'kerntaken.titel as kerntaakTitel',
    ])
    .orderBy('kerntaken.volgorde')
    .orderBy('werkprocessen.volgorde')
}
