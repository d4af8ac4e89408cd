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
