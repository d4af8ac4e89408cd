import { z } from 'zod'

import {
  cleanCell,
  findColumns,
  isEmptyRecord,
  readCsv,
} from '@/lib/onboarding/read-csv'

export type KwalificatieDossier = {
  crebo: string
  naam: string
  niveau: number
  versie: string
  geldigVanaf: string | null
  kerntaken: {
    code: string
    titel: string
    werkprocessen: { code: string; titel: string }[]
  }[]
}

const dossierSchema = z
  .object({
    crebo: z.string().regex(/^\d{5}$/, 'Het crebonummer heeft 5 cijfers.'),
    naam: z.string().trim().min(1, 'De naam van de kwalificatie ontbreekt.'),
    niveau: z.coerce
      .number()
      .int()
      .min(1, 'Het niveau is 1 tot en met 4.')
      .max(4, 'Het niveau is 1 tot en met 4.'),
    versie: z.string().trim().min(1, 'De versie (cohort) ontbreekt.'),
    geldigVanaf: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'Geldig vanaf is een datum als 2024-08-01.')
      .nullable()
      .default(null),
    kerntaken: z
      .array(
        z.object({
          code: z
            .string()
            .trim()
            .regex(/^[BP]\d+-K\d+$/, 'Een kerntaakcode ziet eruit als B1-K1.'),
          titel: z.string().trim().min(1, 'Een kerntaak mist zijn titel.'),
          werkprocessen: z
            .array(
              z.object({
                code: z
                  .string()
                  .trim()
                  .regex(
                    /^[BP]\d+-K\d+-W\d+$/,
                    'Een werkprocescode ziet eruit als B1-K1-W1.',
                  ),
                titel: z
                  .string()
                  .trim()
                  .min(1, 'Een werkproces mist zijn titel.'),
              }),
            )
            .min(2, 'Elke kerntaak heeft minstens twee werkprocessen.'),
        }),
      )
      .min(1, 'Er staat geen kerntaak in.'),
  })
  .superRefine((dossier, context) => {
    for (const kerntaak of dossier.kerntaken) {
      for (const werkproces of kerntaak.werkprocessen) {
        if (!werkproces.code.startsWith(`${kerntaak.code}-`)) {
          context.addIssue({
            code: 'custom',
            message: `Werkproces ${werkproces.code} hoort niet bij kerntaak ${kerntaak.code}.`,
          })
        }
      }
    }

    const codes = dossier.kerntaken.flatMap((kerntaak) => [
      kerntaak.code,
      ...kerntaak.werkprocessen.map((werkproces) => werkproces.code),
    ])
    const twice = codes.filter((code, index) => codes.indexOf(code) !== index)
    if (twice.length > 0) {
      context.addIssue({
        code: 'custom',
        message: `Deze codes staan er dubbel in: ${[...new Set(twice)].join(', ')}.`,
      })
    }
  })

export type ParsedDossier =
  { ok: true; dossier: KwalificatieDossier } | { ok: false; problems: string[] }

function validate(input: unknown): ParsedDossier {
  const result = dossierSchema.safeParse(input)

  return result.success
    ? { ok: true, dossier: result.data }
    : {
        ok: false,
        problems: [...new Set(result.error.issues.map((i) => i.message))],
      }
}

const CSV_COLUMNS = {
  crebo: ['crebo', 'crebonummer'],
  naam: ['naam', 'kwalificatie', 'naamkwalificatie'],
  niveau: ['niveau'],
  versie: ['versie', 'cohort'],
  geldigVanaf: ['geldigvanaf', 'ingangsdatum'],
  kerntaakCode: ['kerntaakcode', 'kerntaak'],
  kerntaakTitel: ['kerntaaktitel', 'titelkerntaak'],
  werkprocesCode: ['werkprocescode', 'werkproces'],
  werkprocesTitel: ['werkprocestitel', 'titelwerkproces'],
} as const

// One row per werkproces, the dossier's fields repeated on every row.
function dossierFromCsv(bytes: Uint8Array): unknown {
  const result = readCsv(bytes)
  if (!result.ok) {
    return { problems: [result.error] }
  }

  const [header, ...records] = result.records.filter((r) => !isEmptyRecord(r))
  if (!header) {
    return null
  }

  const columns = findColumns(header.cells, CSV_COLUMNS)
  const rows = records.map(({ cells }) =>
    Object.fromEntries(
      Object.entries(columns).map(([field, column]) => [
        field,
        column === undefined ? '' : cleanCell(cells[column as number]),
      ]),
    ),
  )
  const [first] = rows
  const kerntaken = new Map<
    string,
    {
      code: string
      titel: string
      werkprocessen: { code: string; titel: string }[]
    }
  >()

  for (const row of rows) {
    const kerntaak = kerntaken.get(row.kerntaakCode) ?? {
      code: row.kerntaakCode,
      titel: row.kerntaakTitel,
      werkprocessen: [],
    }
    kerntaak.werkprocessen.push({
      code: row.werkprocesCode,
      titel: row.werkprocesTitel,
    })
    kerntaken.set(row.kerntaakCode, kerntaak)
  }

  return first
    ? {
        crebo: first.crebo,
        naam: first.naam,
        niveau: first.niveau,
        versie: first.versie,
        geldigVanaf: first.geldigVanaf || null,
        kerntaken: [...kerntaken.values()],
      }
    : null
}

// A kwalificatiedossier as JSON (an object with kerntaken and their
// werkprocessen) or as CSV (one row per werkproces).
export function parseKwalificatie({
  bytes,
  fileName,
}: {
  bytes: Uint8Array
  fileName: string
}): ParsedDossier {
  const isJson =
    fileName.toLowerCase().endsWith('.json') ||
    new TextDecoder().decode(bytes.slice(0, 64)).trimStart().startsWith('{')

  if (isJson) {
    try {
      return validate(JSON.parse(new TextDecoder().decode(bytes)))
    } catch {
      return { ok: false, problems: ['Dit JSON-bestand is niet leesbaar.'] }
    }
  }

  const input = dossierFromCsv(bytes)
  if (input === null) {
    return { ok: false, problems: ['Het bestand is leeg.'] }
  }
  if (typeof input === 'object' && 'problems' in input) {
    return { ok: false, problems: (input as { problems: string[] }).problems }
  }

  return validate(input)
}
