import {
  cleanCell,
  findColumns,
  isEmptyRecord,
  readCsv,
} from '@/lib/onboarding/read-csv'

import { formatPostcode } from './postcode'

export type ParsedLeerbedrijf = {
  line: number
  leerbedrijfId: string
  naam: string
  adres: string
  postcode: string
  plaats: string
  kvkNummer: string
  stagemarktCode: string
}

export const MAX_LEERBEDRIJF_ROWS = 200_000

const HEADER_SYNONYMS = {
  leerbedrijfId: ['leerbedrijfid', 'leerbedrijfsid', 'sbbid', 'id'],
  naam: ['naam', 'bedrijfsnaam', 'handelsnaam', 'naamleerbedrijf'],
  adres: ['adres', 'straat', 'straatenhuisnummer', 'bezoekadres'],
  postcode: ['postcode'],
  plaats: ['plaats', 'vestigingsplaats', 'woonplaats'],
  kvkNummer: ['kvknummer', 'kvk', 'kamervankoophandel'],
  stagemarktCode: ['stagemarktcode', 'code', 'stagemarkt'],
} as const

// A leerbedrijven export (CSV as Excel or SBB writes it). Rows without a
// numeric leerbedrijf-ID or a name are reported, not imported.
export function parseLeerbedrijvenCsv(bytes: Uint8Array): {
  rows: ParsedLeerbedrijf[]
  problems: string[]
} {
  const result = readCsv(bytes)

  if (!result.ok) {
    return { rows: [], problems: [result.error] }
  }

  const [header, ...records] = result.records.filter(
    (record) => !isEmptyRecord(record),
  )

  if (!header) {
    return { rows: [], problems: ['Het bestand is leeg.'] }
  }

  const columns = findColumns(header.cells, HEADER_SYNONYMS)

  if (columns.leerbedrijfId === undefined || columns.naam === undefined) {
    return {
      rows: [],
      problems: [
        'De kopregel mist de kolom leerbedrijf-ID of naam. Gebruik de export ' +
          'van Stagemarkt of geef de kolommen die namen.',
      ],
    }
  }
  if (records.length > MAX_LEERBEDRIJF_ROWS) {
    return {
      rows: [],
      problems: [`Hooguit ${MAX_LEERBEDRIJF_ROWS} regels per bestand.`],
    }
  }

  const rows: ParsedLeerbedrijf[] = []
  const problems: string[] = []
  const cell = (cells: string[], column: number | undefined) =>
    column === undefined ? '' : cleanCell(cells[column])

  for (const { line, cells } of records) {
    const row = {
      line,
      leerbedrijfId: cell(cells, columns.leerbedrijfId),
      naam: cell(cells, columns.naam),
      adres: cell(cells, columns.adres),
      postcode: formatPostcode(cell(cells, columns.postcode)),
      plaats: cell(cells, columns.plaats),
      kvkNummer: cell(cells, columns.kvkNummer),
      stagemarktCode: cell(cells, columns.stagemarktCode),
    }

    if (!/^\d+$/.test(row.leerbedrijfId)) {
      problems.push(
        `Regel ${line}: het leerbedrijf-ID moet uit cijfers bestaan.`,
      )
    } else if (row.naam === '') {
      problems.push(`Regel ${line}: de naam ontbreekt.`)
    } else {
      rows.push(row)
    }
  }

  return { rows, problems }
}
